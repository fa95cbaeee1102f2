package fr.trouvaille.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Where Chromium and its chromedriver are on this machine: on the PATH as Debian names them, or
 * given with {@code -Dbrowser.chromium=/path} and {@code -Dbrowser.chromedriver=/path}.
 */
record ChromiumInstall(Path chromium, Path chromedriver) {

  /** Both executables, or empty when either is missing. */
  static Optional<ChromiumInstall> find() {
    return executable("chromium").flatMap(browser -> executable("chromedriver")
        .map(driver -> new ChromiumInstall(browser, driver)));
  }

  /** Why the browser tests cannot run here, for a person to act on. */
  static String missingMessage() {
    return "Chromium or chromedriver not found (Debian: apt-get install chromium chromium-driver; "
        + "elsewhere: -Dbrowser.chromium=PATH -Dbrowser.chromedriver=PATH)";
  }

  /** In CI the browser tests must run: a skipped suite would hide a broken page. */
  static boolean required() {
    return "true".equals(System.getenv("CI"));
  }

  private static Optional<Path> executable(String command) {
    String configured = System.getProperty("browser." + command);
    if (configured != null) {
      return Optional.of(Path.of(configured)).filter(Files::isExecutable);
    }
    return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .filter(dir -> !dir.isBlank())
        .map(dir -> Path.of(dir, command))
        .filter(Files::isExecutable)
        .findFirst();
  }
}
