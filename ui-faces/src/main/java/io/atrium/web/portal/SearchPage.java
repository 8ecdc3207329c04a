package io.atrium.web.portal;

import io.atrium.kernel.portal.GlobalSearch;
import io.atrium.kernel.portal.SearchResults;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs {@code search.xhtml?q=...}: the global search's hits, grouped by plugin. */
@Named("searchPage")
@RequestScoped
public class SearchPage {

  @Inject
  GlobalSearch search;

  private String q;
  private SearchResults results;

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  /** Whether there is anything to search for. */
  public boolean isAsked() {
    return q != null && !q.isBlank();
  }

  /** The headings of the providers that did not answer, as one line. */
  public String getUnavailable() {
    return String.join(", ", getResults().unavailable());
  }

  /** The results, searched once per request. */
  public SearchResults getResults() {
    if (results == null) {
      results = search.search(q, FacesContext.getCurrentInstance().getViewRoot().getLocale(),
          GlobalSearch.DEFAULT_LIMIT);
    }
    return results;
  }
}
