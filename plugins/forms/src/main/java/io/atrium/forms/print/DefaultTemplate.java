package io.atrium.forms.print;

import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FieldType;
import io.atrium.forms.schema.FormSchema;
import io.atrium.forms.schema.FormSection;
import io.atrium.forms.schema.FormsTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The template a form prints with until a designer saves one: the form's name and the record's
 * serial, each section with its fields two to a row, sub-tables as tables, images and signatures,
 * and an empty approval area to sign by hand.
 */
public final class DefaultTemplate {

  /** Fields that take a whole row: long text, tables, pictures. */
  private static final Set<FieldType> WIDE = Set.of(FieldType.TEXTAREA, FieldType.RICHTEXT, FieldType.SUBTABLE,
      FieldType.IMAGE, FieldType.SIGNATURE, FieldType.ATTACHMENT);

  /** Empty lines of the approval area. */
  private static final int APPROVAL_LINES = 3;

  private DefaultTemplate() {
  }

  /** The default template of a schema, its fixed words in {@code locale}. */
  public static String of(FormSchema schema, Locale locale) {
    StringBuilder out = new StringBuilder();
    out.append("<h1 class=\"ap-title\">{{_form}}</h1>\n");
    out.append("<table class=\"ap-meta\"><tr>")
        .append("<td>").append(text(locale, "forms.print.default.serial")).append("{{_serial}}</td>")
        .append("<td>").append(text(locale, "forms.print.default.owner")).append("{{_owner}}</td>")
        .append("<td>").append(text(locale, "forms.print.default.created")).append("{{_createdAt}}</td>")
        .append("<td>").append(text(locale, "forms.print.default.status")).append("{{_status}}</td>")
        .append("</tr></table>\n");
    for (FormSection section : schema.sections()) {
      String title = section.title() == null ? "" : section.title().in(locale);
      if (!title.isBlank()) {
        out.append("<h2 class=\"ap-section\">").append(PrintTemplate.escape(title)).append("</h2>\n");
      }
      out.append("<table class=\"ap-fields\">\n");
      List<FieldDefinition> pair = new ArrayList<>();
      for (FieldDefinition field : section.fields()) {
        if (WIDE.contains(field.type())) {
          flush(pair, out);
          out.append("<tr><th>{{").append(field.name()).append(".label}}</th><td colspan=\"3\">");
          if (field.type() == FieldType.SUBTABLE) {
            lines(field, out);
          } else {
            out.append("{{").append(field.name()).append("}}");
          }
          out.append("</td></tr>\n");
        } else {
          pair.add(field);
          if (pair.size() == 2) {
            flush(pair, out);
          }
        }
      }
      flush(pair, out);
      out.append("</table>\n");
    }
    out.append("{{! ").append(text(locale, "forms.print.default.approval.note")).append(" }}\n");
    out.append("<h2 class=\"ap-section\">").append(text(locale, "forms.print.default.approval")).append("</h2>\n");
    out.append("<table class=\"ap-approval\">\n<tr><th>").append(text(locale, "forms.print.default.approver"))
        .append("</th><th>").append(text(locale, "forms.print.default.opinion"))
        .append("</th><th>").append(text(locale, "forms.print.default.signature"))
        .append("</th><th>").append(text(locale, "forms.print.default.date")).append("</th></tr>\n");
    for (int i = 0; i < APPROVAL_LINES; i++) {
      out.append("<tr><td>&#160;</td><td></td><td></td><td></td></tr>\n");
    }
    out.append("</table>\n");
    return out.toString();
  }

  private static void flush(List<FieldDefinition> pair, StringBuilder out) {
    if (pair.isEmpty()) {
      return;
    }
    out.append("<tr>");
    for (FieldDefinition field : pair) {
      out.append("<th>{{").append(field.name()).append(".label}}</th><td")
          .append(pair.size() == 1 ? " colspan=\"3\"" : "").append(">{{").append(field.name()).append("}}</td>");
    }
    out.append("</tr>\n");
    pair.clear();
  }

  private static void lines(FieldDefinition table, StringBuilder out) {
    String name = table.name();
    out.append("<table class=\"ap-lines\"><thead><tr><th>#</th>");
    for (FieldDefinition line : table.fields()) {
      out.append("<th>{{").append(name).append('.').append(line.name()).append(".label}}</th>");
    }
    out.append("</tr></thead><tbody>{{#").append(name).append("}}<tr><td>{{").append(PrintTemplate.INDEX)
        .append("}}</td>");
    for (FieldDefinition line : table.fields()) {
      out.append("<td>{{").append(line.name()).append("}}</td>");
    }
    out.append("</tr>{{/").append(name).append("}}</tbody></table>");
  }

  private static String text(Locale locale, String key) {
    return PrintTemplate.escape(FormsTexts.text(locale, key));
  }
}
