package io.atrium.forms.print;

/** The page around a filled template: the print styles, for the browser's print view and for the PDF. */
public final class PrintPage {

  /** Styles of printouts: A4 with margins, tables with rules, the classes of the default template. */
  public static final String CSS = """
      @page { size: A4; margin: 15mm 12mm; }
      .atrium-print { font-family: "Helvetica", "Arial", sans-serif; font-size: 10.5pt; color: #000; }
      .atrium-print table { border-collapse: collapse; width: 100%; margin: 0 0 4mm 0; }
      .atrium-print th, .atrium-print td { border: 0.5pt solid #444; padding: 1.5mm 2mm; text-align: left;
        vertical-align: top; }
      .atrium-print th { background: #f2f2f2; font-weight: bold; width: 18%; }
      .atrium-print .ap-title { text-align: center; font-size: 18pt; margin: 0 0 4mm 0; }
      .atrium-print .ap-section { font-size: 12pt; margin: 4mm 0 2mm 0; }
      .atrium-print table.ap-meta td { border: none; padding: 0 2mm 2mm 0; font-size: 9.5pt; }
      .atrium-print table.ap-lines th { width: auto; }
      .atrium-print table.ap-approval th { width: 25%; }
      .atrium-print table.ap-approval td { height: 12mm; }
      .atrium-print img { max-width: 60mm; max-height: 30mm; }
      .atrium-print tr, .atrium-print img { page-break-inside: avoid; }
      """;

  private PrintPage() {
  }

  /** A whole XHTML document for the PDF renderer: the filled template inside the print styles. */
  public static String document(String title, String body) {
    return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"UTF-8\"/>"
        + "<title>" + PrintTemplate.escape(title) + "</title><style>" + CSS + "</style></head>"
        + "<body><div class=\"atrium-print\">" + body + "</div></body></html>";
  }
}
