package io.atrium.systemtests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.opentest4j.TestAbortedException;

/**
 * When a test fails, saves what its browser shows: a screenshot as
 * {@code target/e2e-screenshots/<Class>-<test>.png} and the page source next to it as
 * {@code .html}. Runs before {@code @AfterEach}/{@code @AfterAll}, while the browser is still open.
 */
final class ScreenshotOnFailure implements AfterTestExecutionCallback {

  private final Supplier<WebDriver> browser;

  /** Takes the pictures from the browser the supplier names at the end of each test (may be null). */
  ScreenshotOnFailure(Supplier<WebDriver> browser) {
    this.browser = browser;
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    // an assumption that did not hold is no failure
    if (context.getExecutionException().filter(e -> !(e instanceof TestAbortedException)).isEmpty()) {
      return;
    }
    WebDriver driver = browser.get();
    if (driver == null) {
      return;
    }
    String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
    try {
      Path png = save(driver, name);
      System.err.println("Screenshot of the failed test: " + png + " (page source next to it)");
    } catch (IOException | WebDriverException e) {
      // the browser may be what failed; the test's own error is what matters
      System.err.println("Cannot save a screenshot of " + name + ": " + e);
    }
  }

  /**
   * Saves a screenshot and the page source as {@code <name>.png} and {@code <name>.html} in the
   * screenshot folder; also used by tests for pictures a person should look at.
   */
  static Path save(WebDriver driver, String name) throws IOException {
    Path folder = folder();
    Path png = folder.resolve(name + ".png");
    Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Files.move(shot, png, StandardCopyOption.REPLACE_EXISTING);
    String source = driver.getPageSource();
    Files.writeString(folder.resolve(name + ".html"), source == null ? "" : source, StandardCharsets.UTF_8);
    return png;
  }

  /** Deletes the pictures an earlier run of the class left, so that only this run's are there. */
  static void forgetEarlierRuns(Class<?> testClass) throws IOException {
    String prefix = testClass.getSimpleName() + "-";
    try (Stream<Path> files = Files.list(folder())) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList()) {
        Files.delete(file);
      }
    }
  }

  private static Path folder() throws IOException {
    Path folder = Paths.get(System.getProperty("atrium.e2e.screenshots", "target/e2e-screenshots")).toAbsolutePath();
    return Files.createDirectories(folder);
  }
}
