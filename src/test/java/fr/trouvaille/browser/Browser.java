package fr.trouvaille.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver, with a fresh profile. Nothing is
 * downloaded: both executables come from the machine ({@link ChromiumInstall}).
 */
final class Browser implements AutoCloseable {

  static final Dimension DESKTOP = new Dimension(1280, 900);
  static final Dimension PHONE = new Dimension(390, 844);
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final ChromeDriver driver;

  private Browser(ChromeDriver driver) {
    this.driver = driver;
  }

  /** Starts Chromium with a profile in {@code profile}; fails where it is not installed. */
  static Browser start(Path profile) {
    ChromiumInstall install = ChromiumInstall.find().orElseThrow(() -> new AssertionError(
        ChromiumInstall.missingMessage() + (ChromiumInstall.required() ? "; CI=true, so the browser tests must run" : "")));
    // Selenium Manager must not go looking for a browser or a driver on the network.
    System.setProperty("SE_OFFLINE", "true");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(install.chromium().toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
        "--lang=fr-FR", "--window-size=" + DESKTOP.width + "," + DESKTOP.height, "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(install.chromedriver().toFile())
        .usingAnyFreePort()
        .build();
    return new Browser(new ChromeDriver(service, options));
  }

  WebDriver driver() {
    return driver;
  }

  /** Waits until {@code condition} gives a non-null, non-false value, and returns it; a timeout names {@code what}. */
  <T> T await(String what, Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, WAIT, Duration.ofMillis(50)).withMessage(what).until(condition);
  }

  Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  /** The viewport width the page sees, in CSS pixels. */
  long viewportWidth() {
    return (Long) script("return window.innerWidth");
  }

  void resize(Dimension size) {
    driver.manage().window().setSize(size);
  }

  /**
   * Saves the whole page at {@code width} into {@code target/screenshots/name}: the window is made as
   * tall as the page (up to a limit), since a screenshot only covers the window.
   */
  Path screenshot(String name, int width) {
    Dimension before = driver.manage().window().getSize();
    try {
      resize(new Dimension(width, 900));
      // The window's own frame takes some height: ask for the page's height plus that frame.
      long frame = 900 - (Long) script("return window.innerHeight");
      long page = (Long) script("return document.documentElement.scrollHeight");
      resize(new Dimension(width, (int) Math.min(4000, page + frame)));
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name);
      Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      resize(before);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
