package io.atrium.sdk.portal;

import java.util.Objects;

/**
 * One search result.
 *
 * @param title what was found, plain text
 * @param snippet a short excerpt, plain text, or empty
 * @param link the path of its page on this server, starting with {@code /}
 * @param score relevance, higher first; compared within one provider only
 */
public record SearchHit(String title, String snippet, String link, double score) {

  /** Checks the parts. */
  public SearchHit {
    Objects.requireNonNull(title, "title");
    snippet = snippet == null ? "" : snippet;
    if (link == null || !link.startsWith("/") || link.startsWith("//")) {
      throw new IllegalArgumentException("A search hit links to a path of this server, not " + link);
    }
  }
}
