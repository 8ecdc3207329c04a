package io.atrium.workflows.ui;

import io.atrium.workflows.WorkflowsTexts;
import java.util.Locale;

/**
 * The printable approval record as an XHTML document for the PDF renderer: the record's fields, the
 * trail with comments and the sign-off of everyone who approved. Every value is escaped.
 */
final class ApprovalRecordDocument {

  private static final String CSS = "@page { size: A4; margin: 15mm }"
      + " body { font-family: sans-serif; font-size: 10pt; color: #222 }"
      + " h1 { font-size: 15pt; margin: 0 0 4pt 0 } h2 { font-size: 11.5pt; margin: 12pt 0 4pt 0 }"
      + " p.meta { color: #555; margin: 0 0 6pt 0 }"
      + " table { width: 100%; border-collapse: collapse; page-break-inside: auto }"
      + " tr { page-break-inside: avoid } th, td { border: 0.5pt solid #999; padding: 3pt 5pt; vertical-align: top;"
      + " text-align: left } th { background: #eee } td.label { width: 30%; color: #444 }"
      + " img.handwritten { height: 36pt; margin-top: 2pt }"
      + " td.signature { height: 28pt }";

  private ApprovalRecordDocument() {
  }

  /** The document of a view in a language. */
  static String xhtml(InstanceView view, Locale locale) {
    StringBuilder html = new StringBuilder(8192);
    String title = view.processName() + " · " + view.recordLabel();
    html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
        .append(Xml.escape(locale.toLanguageTag())).append("\"><head><meta charset=\"UTF-8\"/><title>")
        .append(Xml.escape(title)).append("</title><style>").append(CSS).append("</style></head><body>");
    html.append("<h1>").append(Xml.escape(WorkflowsTexts.text(locale, "workflows.ui.pdf.title"))).append(": ")
        .append(Xml.escape(title)).append("</h1>");
    html.append("<p class=\"meta\">").append(Xml.escape(text(locale, "workflows.ui.pdf.meta", view.submitter(),
        view.started(), view.status()))).append("</p>");

    html.append("<h2>").append(Xml.escape(text(locale, "workflows.ui.fields"))).append("</h2><table>");
    for (ShownField field : view.fields()) {
      html.append("<tr><td class=\"label\">").append(Xml.escape(field.label())).append("</td><td>")
          .append(Xml.escape(field.text()));
      for (String line : field.lines()) {
        html.append("<br/>").append(Xml.escape(line));
      }
      html.append("</td></tr>");
    }
    html.append("</table>");

    html.append("<h2>").append(Xml.escape(text(locale, "workflows.ui.timeline"))).append("</h2><table><tr>");
    for (String key : new String[] {"when", "who", "action", "node", "comment"}) {
      html.append("<th>").append(Xml.escape(text(locale, "workflows.ui.trail.column." + key))).append("</th>");
    }
    html.append("</tr>");
    for (TimelineEntry entry : view.timeline()) {
      html.append("<tr><td>").append(Xml.escape(entry.when())).append("</td><td>").append(Xml.escape(entry.who()))
          .append("</td><td>").append(Xml.escape(action(entry))).append("</td><td>").append(Xml.escape(entry.node()))
          .append("</td><td>").append(Xml.escape(entry.comment()));
      for (TimelineFile file : entry.files()) {
        html.append("<br/>").append(Xml.escape(text(locale, "workflows.ui.pdf.file", file.name())));
      }
      html.append("</td></tr>");
    }
    html.append("</table>");

    html.append("<h2>").append(Xml.escape(text(locale, "workflows.ui.pdf.signatures"))).append("</h2>");
    if (view.signatures().isEmpty()) {
      html.append("<p>").append(Xml.escape(text(locale, "workflows.ui.pdf.noSignatures"))).append("</p>");
    } else {
      html.append("<table><tr><th>").append(Xml.escape(text(locale, "workflows.ui.trail.column.node")))
          .append("</th><th>").append(Xml.escape(text(locale, "workflows.ui.pdf.signedBy"))).append("</th><th>")
          .append(Xml.escape(text(locale, "workflows.ui.trail.column.when"))).append("</th></tr>");
      for (TimelineEntry entry : view.signatures()) {
        html.append("<tr><td>").append(Xml.escape(entry.node())).append("</td><td class=\"signature\">")
            .append(Xml.escape(entry.who()));
        if (!entry.signature().isEmpty()) {
          // a data: URL of the stored PNG, Base64 characters only
          html.append("<br/><img class=\"handwritten\" alt=\"\" src=\"").append(Xml.escape(entry.signature())).append("\"/>");
        }
        html.append("</td><td>").append(Xml.escape(entry.when())).append("</td></tr>");
      }
      html.append("</table>");
    }
    html.append("</body></html>");
    return html.toString();
  }

  /** The action with whom it concerns and where a return went, e.g. "Transferred → Bob". */
  static String action(TimelineEntry entry) {
    StringBuilder text = new StringBuilder(entry.action());
    if (!entry.people().isEmpty()) {
      text.append(" → ").append(entry.people());
    }
    if (!entry.target().isEmpty()) {
      text.append(" → ").append(entry.target());
    }
    return text.toString();
  }

  private static String text(Locale locale, String key, Object... args) {
    return WorkflowsTexts.text(locale, key, args);
  }
}
