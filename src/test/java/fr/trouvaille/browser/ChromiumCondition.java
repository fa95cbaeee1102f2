package fr.trouvaille.browser;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a browser test class, with the reason, on a machine without Chromium; in CI lets it run,
 * so that it fails instead.
 */
final class ChromiumCondition implements ExecutionCondition {

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (ChromiumInstall.find().isPresent()) {
      return ConditionEvaluationResult.enabled("Chromium and chromedriver found");
    }
    if (ChromiumInstall.required()) {
      return ConditionEvaluationResult.enabled("CI=true: the browser tests must run, and will fail");
    }
    String reason = ChromiumInstall.missingMessage() + ": browser tests skipped";
    if (context.getTestMethod().isEmpty()) {
      // Surefire keeps the reason in its XML report only: say it where a person running mvn test looks.
      System.err.println("WARNING " + context.getDisplayName() + ": " + reason);
    }
    return ConditionEvaluationResult.disabled(reason);
  }
}
