package io.atrium.forms.validation;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Cleans the HTML of rich-text fields with the OWASP Java HTML Sanitizer: formatting, blocks,
 * lists, tables, links (http, https, mailto; with {@code rel="nofollow noopener noreferrer"}),
 * images (http and https) and safe inline styles are kept; scripts, event handlers, frames, forms
 * and {@code javascript:} links are dropped.
 */
public final class RichTextSanitizer {

  private static final PolicyFactory POLICY = Sanitizers.FORMATTING
      .and(Sanitizers.BLOCKS)
      .and(Sanitizers.LINKS)
      .and(Sanitizers.TABLES)
      .and(Sanitizers.IMAGES)
      .and(Sanitizers.STYLES)
      .and(new HtmlPolicyBuilder()
          .allowElements("hr", "span", "sub", "sup", "s", "del", "ins", "mark", "pre", "code", "figure", "figcaption")
          .allowAttributes("class").matching(false, "ql-align-center", "ql-align-right", "ql-align-justify",
              "ql-indent-1", "ql-indent-2", "ql-indent-3").globally()
          .allowAttributes("target").matching(false, "_blank").onElements("a")
          .requireRelsOnLinks("noopener", "noreferrer")
          .toFactory());

  private RichTextSanitizer() {
  }

  /** The HTML with everything unsafe removed; null for null. */
  public static String sanitize(String html) {
    return html == null ? null : POLICY.sanitize(html);
  }
}
