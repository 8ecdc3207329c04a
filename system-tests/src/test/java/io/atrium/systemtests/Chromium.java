package io.atrium.systemtests;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts the machine's headless Chromium through its ChromeDriver. Both paths are given to
 * Selenium explicitly, so Selenium Manager never looks for (or downloads) a browser or a driver.
 * Missing programs fail the test with what to install, unless -Datrium.e2e.skip=true asks on
 * purpose to leave the browser tests out.
 */
final class Chromium {

  /** What to install when the browser or its driver is missing. */
  static final String INSTALL_HINT = "apt-get install -y chromium chromium-driver fonts-wqy-microhei";

  /** The system property that skips the browser tests on purpose. */
  static final String SKIP_PROPERTY = "atrium.e2e.skip";

  /** The viewport of a phone: an iPhone X/11 Pro sized screen, in CSS pixels. */
  static final int PHONE_WIDTH = 375;
  static final int PHONE_HEIGHT = 812;

  private static final List<String> FLAGS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
      "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-extensions",
      "--no-default-browser-check", "--disable-features=Translate,MediaRouter,OptimizationHints",
      "--lang=zh-CN", "--hide-scrollbars");

  /**
   * Selenium warns at every start that it has no DevTools classes for this Chromium version; the
   * tests use none (WebDriver only), so the warning is noise. Held here so it is not collected.
   */
  private static final Logger DEVTOOLS_LOG = Logger.getLogger("org.openqa.selenium.devtools");

  static {
    DEVTOOLS_LOG.setLevel(Level.SEVERE);
  }

  private Chromium() {
  }

  /**
   * Fails (or, with -Datrium.e2e.skip=true, aborts as skipped) unless the browser and its driver
   * are installed. Call it first in {@code @BeforeAll}, before any server starts.
   */
  static void requireInstalled() {
    if (Boolean.getBoolean(SKIP_PROPERTY)) {
      Assumptions.abort("browser tests skipped on purpose (-D" + SKIP_PROPERTY + "=true)");
    }
    for (Path program : List.of(browser(), driver())) {
      if (!Files.isExecutable(program)) {
        fail("The browser tests need %s, which is missing. Install Chromium and its driver with: %s "
            + "(or pass -D%s=true to leave the browser tests out on purpose)", program, INSTALL_HINT, SKIP_PROPERTY);
      }
    }
  }

  /** A desktop-sized browser (1280 x 900) with a fresh profile in {@code profile}. */
  static ChromeDriver desktop(Path profile) throws IOException {
    ChromeOptions options = options(profile);
    options.addArguments("--window-size=1280,900");
    // files the pages send (exports) land in the profile's downloads folder without asking
    options.setExperimentalOption("prefs", Map.of("download.default_directory",
        Files.createDirectories(downloads(profile)).toString(), "download.prompt_for_download", false));
    return start(options, profile);
  }

  /** Where a desktop browser started on {@code profile} saves downloaded files. */
  static Path downloads(Path profile) {
    return profile.toAbsolutePath().resolve("downloads");
  }

  /**
   * A phone: 375 x 812 CSS pixels, touch events and a mobile user agent, through ChromeDriver's
   * device emulation, with a fresh profile in {@code profile}.
   */
  static ChromeDriver phone(Path profile) throws IOException {
    ChromeOptions options = options(profile);
    options.addArguments("--window-size=" + PHONE_WIDTH + "," + PHONE_HEIGHT);
    options.setExperimentalOption("mobileEmulation", Map.of(
        "deviceMetrics", Map.of("width", PHONE_WIDTH, "height", PHONE_HEIGHT, "pixelRatio", 2.0, "touch", true),
        "userAgent", "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/150.0.0.0 Mobile Safari/537.36"));
    return start(options, profile);
  }

  /** A folder for a browser profile that no browser used before. */
  static Path freshProfile(String name) throws IOException {
    Path root = Paths.get(System.getProperty("atrium.e2e.profiles", "target/e2e-profiles")).toAbsolutePath();
    Files.createDirectories(root);
    return Files.createTempDirectory(root, name + "-");
  }

  private static ChromeOptions options(Path profile) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser().toFile());
    options.addArguments(FLAGS);
    options.addArguments("--user-data-dir=" + profile.toAbsolutePath());
    options.setPageLoadTimeout(Duration.ofMinutes(2));
    options.setScriptTimeout(Duration.ofSeconds(30));
    return options;
  }

  private static ChromeDriver start(ChromeOptions options, Path profile) throws IOException {
    Path logs = Paths.get(System.getProperty("atrium.it.logs", "target/it-logs")).toAbsolutePath();
    Files.createDirectories(logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(driver().toFile())
        .usingAnyFreePort()
        .withLogFile(new File(logs.toFile(), "chromedriver-" + profile.getFileName() + ".log"))
        .build();
    return new ChromeDriver(service, options);
  }

  private static Path browser() {
    return Paths.get(System.getProperty("atrium.e2e.chromium", "/usr/bin/chromium"));
  }

  private static Path driver() {
    return Paths.get(System.getProperty("atrium.e2e.chromedriver", "/usr/bin/chromedriver"));
  }
}
