package io.atrium.kernel.portal;

import io.atrium.kernel.host.Contribution;
import io.atrium.sdk.portal.SearchHit;
import io.atrium.sdk.portal.SearchProvider;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * The global search box: asks every running plugin's {@link SearchProvider} at once, as the
 * signed-in user, and groups the hits by provider under its translated heading. A provider that
 * throws or does not answer within the budget (about a second) is left out, named in
 * {@link SearchResults#unavailable()} and logged.
 */
public final class GlobalSearch {

  private static final Logger LOG = Logger.getLogger(GlobalSearch.class.getName());

  /** How long one search waits for its providers. */
  public static final Duration BUDGET = Duration.ofSeconds(1);
  /** Longest search text; longer text is cut. */
  public static final int MAX_TEXT = 200;
  /** Hits asked of each provider unless the caller says otherwise. */
  public static final int DEFAULT_LIMIT = 10;

  private final PortalParts<SearchProvider> parts;
  private final ProviderCalls calls;
  private final Duration budget;

  /** Creates the search. */
  public GlobalSearch(PortalParts<SearchProvider> parts, ProviderCalls calls, Duration budget) {
    this.parts = parts;
    this.calls = calls;
    this.budget = budget;
  }

  /** Searches every provider for the text; blank text finds nothing and asks nobody. */
  public SearchResults search(String text, Locale locale, int limitPerProvider) {
    String query = text == null ? "" : text.strip();
    if (query.length() > MAX_TEXT) {
      query = query.substring(0, MAX_TEXT);
    }
    if (query.isEmpty()) {
      return new SearchResults("", List.of(), List.of());
    }
    int limit = Math.max(1, Math.min(limitPerProvider, 50));
    String searched = query;
    List<Contribution<SearchProvider>> providers = parts.running();
    List<ProviderCalls.Call<Answer>> work = new ArrayList<>();
    for (Contribution<SearchProvider> contribution : providers) {
      SearchProvider provider = contribution.service();
      work.add(new ProviderCalls.Call<>("search provider " + contribution.qualifiedName(),
          () -> new Answer(provider.id(), provider.labelKey(), provider.search(searched, locale, limit))));
    }
    List<SearchGroup> groups = new ArrayList<>();
    List<String> unavailable = new ArrayList<>();
    List<ProviderCalls.Outcome<Answer>> outcomes = calls.all(work, budget);
    for (int i = 0; i < outcomes.size(); i++) {
      Contribution<SearchProvider> contribution = providers.get(i);
      ProviderCalls.Outcome<Answer> outcome = outcomes.get(i);
      if (!outcome.ok() || outcome.value() == null) {
        unavailable.add(labelOf(contribution, locale));
        continue;
      }
      Answer answer = outcome.value();
      List<SearchHit> hits = cleaned(answer.hits(), limit, contribution);
      if (!hits.isEmpty()) {
        groups.add(new SearchGroup(contribution.pluginId(), answer.id(), parts.label(answer.labelKey(), locale), hits));
      }
    }
    groups.sort(Comparator.comparing(SearchGroup::pluginId).thenComparing(SearchGroup::providerId));
    return new SearchResults(searched, groups, unavailable);
  }

  /** Best first (the provider's order breaks ties), local links only, at most the limit. */
  private static List<SearchHit> cleaned(List<SearchHit> hits, int limit, Contribution<SearchProvider> contribution) {
    if (hits == null) {
      return List.of();
    }
    List<SearchHit> kept = new ArrayList<>();
    for (SearchHit hit : hits) {
      if (hit == null) {
        continue;
      }
      if (!LocalLinks.isLocal(hit.link())) {
        LOG.warning(() -> "Search provider " + contribution.qualifiedName() + " returned a hit with an unsafe link; "
            + "it is left out");
        continue;
      }
      kept.add(hit);
    }
    kept.sort(Comparator.comparingDouble(SearchHit::score).reversed());
    return kept.size() > limit ? kept.subList(0, limit) : kept;
  }

  private String labelOf(Contribution<SearchProvider> contribution, Locale locale) {
    try {
      return parts.label(Objects.requireNonNull(contribution.service().labelKey()), locale);
    } catch (RuntimeException e) {
      return contribution.qualifiedName();
    }
  }

  /** What a provider answered, with its id and heading read on the same thread. */
  private record Answer(String id, String labelKey, List<SearchHit> hits) {
  }
}
