package io.atrium.systemtests;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A browser on the portal of one installation: opens its pages, signs in through the login form,
 * waits for conditions (never for fixed times) and taps like a finger on a touch screen.
 */
final class PortalBrowser implements AutoCloseable {

  /** How long a page or an element may take on a busy two-core machine. */
  static final Duration PATIENCE = Duration.ofSeconds(60);

  private final ChromeDriver driver;
  private final AtriumInstallation atrium;

  PortalBrowser(ChromeDriver driver, AtriumInstallation atrium) {
    this.driver = driver;
    this.atrium = atrium;
  }

  WebDriver driver() {
    return driver;
  }

  /** Loads a page of the portal, e.g. {@code /index.xhtml}, and waits until it is complete. */
  void open(String path) {
    driver.get(atrium.uri(path).toString());
    awaitLoaded();
  }

  /** The path of the current page, without query. */
  String path() {
    return java.net.URI.create(driver.getCurrentUrl()).getPath();
  }

  /** Fills in the login form and sends it; waits for the next page, whatever it says. */
  void submitLogin(String username, String password) {
    if (!path().endsWith("/login.xhtml")) {
      open("/login.xhtml");
    }
    WebElement user = await(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    user.clear();
    user.sendKeys(username);
    WebElement secret = driver.findElement(By.id("password"));
    secret.clear();
    secret.sendKeys(password);
    clickAndAwaitNewPage(driver.findElement(By.id("submit")));
  }

  /**
   * Signs in and waits for the workbench (at {@code /}, or the page asked for before); fails with
   * the page's text when it does not come.
   */
  void signIn(String username, String password) {
    submitLogin(username, password);
    if (!path().equals("/") && !path().endsWith("/index.xhtml")) {
      throw new AssertionError("Sign-in as " + username + " did not lead to the workbench but to " + path()
          + ", which says: " + driver.findElement(By.tagName("body")).getText());
    }
    // the signed-in user's name in the top bar; present but hidden on phones, which show only an icon
    await(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".atrium-top .atrium-user")));
  }

  /** Forgets the session (all cookies), so the next page asks for a sign-in again. */
  void forgetSession() {
    driver.manage().deleteAllCookies();
  }

  /** Clicks something that loads a new page (a link, a non-Ajax submit) and waits for that page. */
  void clickAndAwaitNewPage(WebElement target) {
    awaitNewPageAfter(target::click);
  }

  /**
   * Marks the current page, does the action and waits until another page has replaced the marked
   * one and is complete. While the browser navigates, commands may fail in several ways (stale
   * elements, "node does not belong to the document", an unloaded document); all mean "not yet".
   */
  private void awaitNewPageAfter(Runnable action) {
    script("window.atriumOldPage = true;");
    action.run();
    new WebDriverWait(driver, PATIENCE, Duration.ofMillis(100)).ignoring(WebDriverException.class)
        .until(d -> Boolean.TRUE.equals(script("return window.atriumOldPage === undefined "
            + "&& document.readyState === 'complete';")));
  }

  /** Taps an element like a finger would: touch down and up in its middle, after scrolling it into view. */
  void tap(WebElement target) {
    driver.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", target);
    await(ExpectedConditions.elementToBeClickable(target));
    PointerInput finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");
    Sequence tap = new Sequence(finger, 0)
        .addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(target), 0, 0))
        .addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
        .addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
    driver.perform(List.of(tap));
  }

  /** Waits until the condition holds, at most {@link #PATIENCE}. */
  <T> T await(ExpectedCondition<T> condition) {
    return new WebDriverWait(driver, PATIENCE, Duration.ofMillis(100)).until(condition);
  }

  /** Waits until the element is shown, then returns it. */
  WebElement visible(By by) {
    return await(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** Waits until no Ajax request of PrimeFaces is running any more. */
  void awaitAjax() {
    await(d -> Boolean.TRUE.equals(script("return (!window.jQuery || jQuery.active === 0) && (!window.PrimeFaces"
        + " || !PrimeFaces.ajax || !PrimeFaces.ajax.Queue || PrimeFaces.ajax.Queue.isEmpty());")));
  }

  /** The ids of all elements whose id starts with the prefix, in document order. */
  @SuppressWarnings("unchecked")
  List<String> idsStartingWith(String prefix) {
    return (List<String>) script("return Array.from(document.querySelectorAll('[id^=\"' + arguments[0] + '\"]'))"
        + ".map(function (e) { return e.id; });", prefix);
  }

  /**
   * The text of a shown element as written in the page, before CSS changes it (such as
   * {@code text-transform: uppercase}), trimmed.
   */
  String text(By by) {
    return visible(by).getDomProperty("textContent").strip();
  }

  /** The visible text of the page's body. */
  String bodyText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** Runs JavaScript in the page. */
  Object script(String js, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(js, arguments);
  }

  /**
   * Whether the page's font renders Chinese: two different characters drawn on a canvas with the
   * body's font must give different, non-empty pictures. Without a CJK font both become the same
   * empty box (tofu).
   */
  @SuppressWarnings("unchecked")
  Map<String, Object> chineseGlyphs() {
    return (Map<String, Object>) script(
        "var font = getComputedStyle(document.body).fontFamily;"
            + "function picture(text) {"
            + "  var canvas = document.createElement('canvas'); canvas.width = 64; canvas.height = 64;"
            + "  var g = canvas.getContext('2d'); g.fillStyle = '#fff'; g.fillRect(0, 0, 64, 64);"
            + "  g.fillStyle = '#000'; g.textBaseline = 'top'; g.font = '48px ' + font; g.fillText(text, 6, 6);"
            + "  var data = g.getImageData(0, 0, 64, 64).data, bits = '', ink = 0;"
            + "  for (var i = 0; i < data.length; i += 4) { var dark = data[i] < 128; bits += dark ? '1' : '0';"
            + "    if (dark) { ink++; } }"
            + "  return {bits: bits, ink: ink};"
            + "}"
            + "var zhong = picture('\u4e2d'), wen = picture('\u6587');"
            + "return {font: font, different: zhong.bits !== wen.bits, inkZhong: zhong.ink, inkWen: wen.ink};");
  }

  private void awaitLoaded() {
    await(d -> "complete".equals(script("return document.readyState;")));
  }

  /** Closes the browsers (a failure to close one is reported, not thrown), then the server. */
  static void closeAll(AtriumInstallation atrium, PortalBrowser... browsers) {
    try {
      for (PortalBrowser browser : browsers) {
        if (browser != null) {
          try {
            browser.close();
          } catch (RuntimeException e) {
            System.err.println("Cannot close a browser: " + e);
          }
        }
      }
    } finally {
      if (atrium != null) {
        atrium.close();
      }
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
