package io.atrium.forms.print;

/** The page around a filled template: the print styles, for the browser's print view and for the PDF. */
public final class PrintPage {

  /** Styles of printouts ({@code forms/print.css}): A4 with margins, tables with rules, the default template's classes. */
  public static final String CSS = css();

  private PrintPage() {
  }

  private static String css() {
    try (java.io.InputStream in = PrintPage.class.getResourceAsStream("/META-INF/resources/forms/print.css")) {
      if (in == null) {
        throw new IllegalStateException("forms/print.css is missing from the bundle");
      }
      // the screen-only part (the page as paper, its buttons) does not belong in a PDF
      String all = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      int screen = all.indexOf("/* the print view page on screen");
      return screen < 0 ? all : all.substring(0, screen);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A whole XHTML document for the PDF renderer: the filled template inside the print styles. */
  public static String document(String title, String body) {
    return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"UTF-8\"/>"
        + "<title>" + PrintTemplate.escape(title) + "</title><style>" + CSS + "</style></head>"
        + "<body><div class=\"atrium-print\">" + body + "</div></body></html>";
  }
}
