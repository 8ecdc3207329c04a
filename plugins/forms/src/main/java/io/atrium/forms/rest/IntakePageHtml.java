package io.atrium.forms.rest;

import io.atrium.forms.PublicForm;
import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FieldOption;
import io.atrium.forms.schema.FieldType;
import io.atrium.forms.schema.FormSection;
import io.atrium.forms.schema.FormsTexts;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The public intake page as plain, self-contained HTML: no scripts (the server's content security
 * policy allows none from elsewhere, and the page must work without them), inline styles for
 * phones and desktops, every value escaped. Field inputs are named {@code f.<field>}; the
 * honeypot is {@value #HONEYPOT}, moved out of sight by CSS so people leave it empty.
 */
final class IntakePageHtml {

  /** The name of the field only scripts fill in. */
  static final String HONEYPOT = "website";
  /** The name of the render-time token. */
  static final String TOKEN = "_token";
  /** The prefix of the inputs of the form's fields. */
  static final String FIELD = "f.";

  private static final String STYLE = "*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"
      + "'PingFang SC','Microsoft YaHei',sans-serif;background:#f4f6f8;color:#1f2933}"
      + "main{max-width:40rem;margin:0 auto;padding:1rem}"
      + ".card{background:#fff;border-radius:8px;padding:1.25rem;box-shadow:0 1px 3px rgba(0,0,0,.08)}"
      + "h1{font-size:1.4rem;margin:0 0 .5rem}h2{font-size:1.1rem;margin:1.25rem 0 .5rem}"
      + ".field{margin:0 0 1rem}label.name{display:block;font-weight:600;margin-bottom:.25rem}"
      + ".req{color:#c62828}.help{color:#52606d;font-size:.875rem}"
      + "input[type=text],input[type=email],input[type=tel],input[type=url],input[type=date],"
      + "input[type=datetime-local],input[type=time],select,textarea{width:100%;padding:.6rem;font:inherit;"
      + "border:1px solid #cbd2d9;border-radius:6px;background:#fff}textarea{min-height:6rem}"
      + ".choice{display:block;padding:.2rem 0}.error{color:#c62828;font-size:.875rem}"
      + ".invalid input,.invalid select,.invalid textarea{border-color:#c62828}"
      + ".summary{border:1px solid #c62828;background:#fdecea;border-radius:6px;padding:.75rem;margin-bottom:1rem}"
      + "button{width:100%;padding:.8rem;font:inherit;font-weight:600;color:#fff;background:#1769aa;border:0;"
      + "border-radius:6px}.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}";

  private IntakePageHtml() {
  }

  /**
   * The page with the form.
   *
   * @param values what the visitor typed, by field name, kept after a refused submit
   * @param errors messages by field name, or under "" for the whole form
   */
  static String form(PublicForm form, Locale locale, Map<String, List<String>> values, Map<String, String> errors) {
    StringBuilder html = start(form.schema().name(locale), locale);
    html.append("<h1>").append(escape(form.schema().name(locale))).append("</h1>");
    if (form.schema().description() != null) {
      html.append("<p class=\"help\">").append(escape(form.schema().description().in(locale))).append("</p>");
    }
    if (!errors.isEmpty()) {
      html.append("<div class=\"summary\" role=\"alert\">").append(escape(FormsTexts.text(locale,
          "forms.intake.page.fix"))).append("<ul>");
      errors.forEach((name, message) -> html.append("<li>").append(escape(label(form, name, locale)))
          .append(name.isEmpty() ? "" : "：").append(escape(message)).append("</li>"));
      html.append("</ul></div>");
    }
    html.append("<form method=\"post\" action=\"").append(escape(form.slug()))
        .append("\" accept-charset=\"UTF-8\" novalidate>");
    html.append("<input type=\"hidden\" name=\"").append(TOKEN).append("\" value=\"").append(escape(form.token()))
        .append("\">");
    for (FormSection section : form.schema().sections()) {
      List<FieldDefinition> shown = section.fields().stream().filter(f -> form.shows(f.name())).toList();
      if (shown.isEmpty()) {
        continue;
      }
      if (section.title() != null && !section.title().in(locale).isBlank()) {
        html.append("<h2>").append(escape(section.title().in(locale))).append("</h2>");
      }
      for (FieldDefinition field : shown) {
        field(html, field, locale, values.getOrDefault(field.name(), List.of()), errors.get(field.name()));
      }
    }
    // people do not see this field; scripts that fill every input do
    html.append("<div class=\"hp\" aria-hidden=\"true\"><label>").append(escape(FormsTexts.text(locale,
        "forms.intake.page.honeypot"))).append(" <input type=\"text\" name=\"").append(HONEYPOT)
        .append("\" tabindex=\"-1\" autocomplete=\"off\"></label></div>");
    html.append("<button type=\"submit\">").append(escape(FormsTexts.text(locale, "forms.intake.page.submit")))
        .append("</button></form>");
    return end(html);
  }

  /** The page a visitor reads after submitting. */
  static String thanks(String title, String thankYou, Locale locale) {
    StringBuilder html = start(title, locale);
    html.append("<h1>").append(escape(title)).append("</h1><p>").append(escape(thankYou == null
        ? FormsTexts.text(locale, "forms.intake.page.thanks") : thankYou)).append("</p>");
    return end(html);
  }

  /** A page with a message only, such as for an address that leads nowhere. */
  static String message(String title, String message, Locale locale) {
    StringBuilder html = start(title, locale);
    html.append("<h1>").append(escape(title)).append("</h1><p>").append(escape(message)).append("</p>");
    return end(html);
  }

  private static void field(StringBuilder html, FieldDefinition field, Locale locale, List<String> values,
      String error) {
    String id = "f-" + field.name();
    String name = FIELD + field.name();
    String value = values.isEmpty() ? "" : values.get(0);
    html.append("<div class=\"field").append(error == null ? "" : " invalid").append("\">");
    boolean group = field.type() == FieldType.RADIO || field.type() == FieldType.CHECKBOX
        || field.type() == FieldType.MULTISELECT;
    if (group) {
      html.append("<fieldset style=\"border:0;padding:0;margin:0\"><legend class=\"name\" style=\"font-weight:600\">");
    } else {
      html.append("<label class=\"name\" for=\"").append(escape(id)).append("\">");
    }
    html.append(escape(field.label(locale)));
    if (field.required()) {
      html.append(" <span class=\"req\" aria-hidden=\"true\">*</span>");
    }
    html.append(group ? "</legend>" : "</label>");
    String common = " id=\"" + escape(id) + "\" name=\"" + escape(name) + "\"" + (field.required() ? " required" : "")
        + (error == null ? "" : " aria-invalid=\"true\"");
    String placeholder = field.placeholder() == null ? "" : " placeholder=\"" + escape(field.placeholder().in(locale))
        + "\"";
    switch (field.type()) {
      case TEXTAREA -> html.append("<textarea").append(common).append(placeholder).append(maxLength(field))
          .append(">").append(escape(value)).append("</textarea>");
      case SELECT -> {
        html.append("<select").append(common).append("><option value=\"\">").append(escape(FormsTexts.text(locale,
            "forms.intake.page.choose"))).append("</option>");
        for (FieldOption option : field.options()) {
          html.append("<option value=\"").append(escape(option.value())).append("\"")
              .append(option.value().equals(value) ? " selected" : "").append(">")
              .append(escape(option.label().in(locale))).append("</option>");
        }
        html.append("</select>");
      }
      case RADIO, CHECKBOX, MULTISELECT -> {
        String type = field.type() == FieldType.RADIO ? "radio" : "checkbox";
        for (FieldOption option : field.options()) {
          html.append("<label class=\"choice\"><input type=\"").append(type).append("\" name=\"").append(escape(name))
              .append("\" value=\"").append(escape(option.value())).append("\"")
              .append(values.contains(option.value()) ? " checked" : "").append("> ")
              .append(escape(option.label().in(locale))).append("</label>");
        }
        html.append("</fieldset>");
      }
      case SWITCH -> html.append("<label class=\"choice\"><input type=\"checkbox\"").append(common)
          .append(" value=\"true\"").append("true".equals(value) ? " checked" : "").append("> ")
          .append(escape(FormsTexts.text(locale, "forms.intake.page.yes"))).append("</label>");
      default -> html.append("<input type=\"").append(inputType(field.type())).append("\"")
          .append(inputMode(field.type())).append(common).append(placeholder).append(maxLength(field))
          .append(" value=\"").append(escape(value)).append("\">");
    }
    if (field.help() != null && !field.help().in(locale).isBlank()) {
      html.append("<div class=\"help\">").append(escape(field.help().in(locale))).append("</div>");
    }
    if (error != null) {
      html.append("<div class=\"error\">").append(escape(error)).append("</div>");
    }
    html.append("</div>");
  }

  private static String inputType(FieldType type) {
    return switch (type) {
      case EMAIL -> "email";
      case PHONE -> "tel";
      case URL -> "url";
      case DATE -> "date";
      case DATETIME -> "datetime-local";
      case TIME -> "time";
      default -> "text";
    };
  }

  private static String inputMode(FieldType type) {
    return switch (type) {
      case INTEGER -> " inputmode=\"numeric\"";
      case DECIMAL, MONEY, PERCENT -> " inputmode=\"decimal\"";
      default -> "";
    };
  }

  private static String maxLength(FieldDefinition field) {
    Integer max = field.effectiveMaxLength();
    return max == null || (field.type() != FieldType.TEXT && field.type() != FieldType.TEXTAREA) ? ""
        : " maxlength=\"" + max + "\"";
  }

  private static String label(PublicForm form, String name, Locale locale) {
    if (name.isEmpty()) {
      return "";
    }
    return form.fields().stream().filter(f -> f.name().equals(name)).findFirst().map(f -> f.label(locale))
        .orElse(name);
  }

  private static StringBuilder start(String title, Locale locale) {
    StringBuilder html = new StringBuilder(4096);
    html.append("<!DOCTYPE html><html lang=\"").append("zh".equals(locale.getLanguage()) ? "zh-CN" : "en")
        .append("\"><head><meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width, "
            + "initial-scale=1\"><meta name=\"robots\" content=\"noindex\"><title>")
        .append(escape(title)).append("</title><style>").append(STYLE).append("</style></head><body><main>"
            + "<div class=\"card\">");
    return html;
  }

  private static String end(StringBuilder html) {
    return html.append("</div></main></body></html>").toString();
  }

  /** Text safe in HTML content and in quoted attribute values. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
