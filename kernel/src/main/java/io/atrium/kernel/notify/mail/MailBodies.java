package io.atrium.kernel.notify.mail;

import io.atrium.kernel.i18n.KernelTexts;
import io.atrium.sdk.notify.Delivery;

/** The plain-text and HTML bodies of a notification e-mail; every value in the HTML is escaped. */
final class MailBodies {

  private MailBodies() {
  }

  /** The plain-text body. */
  static String plain(Delivery delivery, String preferencesUrl) {
    StringBuilder text = new StringBuilder(delivery.title()).append("\n\n");
    if (!delivery.body().isEmpty()) {
      text.append(delivery.body()).append("\n\n");
    }
    if (delivery.link() != null) {
      text.append(KernelTexts.format(delivery.locale(), "notify.email.open")).append(": ").append(delivery.link())
          .append("\n\n");
    }
    text.append("-- \n").append(footer(delivery, preferencesUrl)).append('\n');
    return text.toString();
  }

  /** The HTML body. */
  static String html(Delivery delivery, String preferencesUrl) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"")
        .append(escape(delivery.locale().toLanguageTag())).append("\"><head><meta charset=\"UTF-8\"><title>")
        .append(escape(delivery.title())).append("</title></head>")
        .append("<body style=\"font-family: sans-serif; color: #1f2937\"><h2 style=\"font-size: 18px\">")
        .append(escape(delivery.title())).append("</h2>");
    if (!delivery.body().isEmpty()) {
      html.append("<p>").append(escape(delivery.body()).replace("\n", "<br>")).append("</p>");
    }
    if (delivery.link() != null) {
      html.append("<p><a href=\"").append(escape(delivery.link())).append("\">")
          .append(escape(KernelTexts.format(delivery.locale(), "notify.email.open"))).append("</a></p>");
    }
    html.append("<hr><p style=\"font-size: 12px; color: #6b7280\">").append(escape(footer(delivery, preferencesUrl)))
        .append("</p></body></html>");
    return html.toString();
  }

  private static String footer(Delivery delivery, String preferencesUrl) {
    return preferencesUrl == null ? KernelTexts.format(delivery.locale(), "notify.email.footer")
        : KernelTexts.format(delivery.locale(), "notify.email.footer.link", preferencesUrl);
  }

  /** Escapes text for HTML content and attribute values. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
