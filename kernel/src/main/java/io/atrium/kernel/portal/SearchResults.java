package io.atrium.kernel.portal;

import java.util.List;

/**
 * What the global search found.
 *
 * @param text the searched text, trimmed
 * @param groups one group per provider with hits, by plugin and provider id
 * @param unavailable headings of the providers that failed or did not answer in time
 */
public record SearchResults(String text, List<SearchGroup> groups, List<String> unavailable) {

  /** Copies the lists. */
  public SearchResults {
    groups = List.copyOf(groups);
    unavailable = List.copyOf(unavailable);
  }

  /** Whether nothing was found. */
  public boolean nothingFound() {
    return groups.isEmpty();
  }

  /** How many hits in all. */
  public int count() {
    return groups.stream().mapToInt(g -> g.hits().size()).sum();
  }
}
