package io.atrium.forms.internal;

import io.atrium.forms.FormPermissions;
import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.storage.RecordStore;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.portal.SearchHit;
import io.atrium.sdk.portal.SearchProvider;
import io.atrium.sdk.security.AccessService;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.security.FieldAccess;
import io.atrium.sdk.security.RowFilter;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Form records for the global search box, over the published forms the current user may view,
 * within their row scope and never on a field hidden from them. This node's {@link RecordSearchIndex}
 * answers once it is built (decision 52); until then each form is scanned as the records list's
 * quick search does, at most {@link #MAX_SCANNED_FORMS} of them (decision 48). Either way at most
 * {@link #PER_FORM} hits come from a form, and no form is started once {@link #BUDGET} has passed.
 */
@Component(service = SearchProvider.class)
public class FormsSearchProvider implements SearchProvider {

  private static final Logger LOG = Logger.getLogger(FormsSearchProvider.class.getName());

  /** Most forms scanned per search while there is no index. */
  static final int MAX_SCANNED_FORMS = 20;
  /** Most hits per form. */
  static final int PER_FORM = 3;
  /** After this, no further form is searched; the portal drops a provider after about a second. */
  static final Duration BUDGET = Duration.ofMillis(700);

  private final PublishedForms forms;
  private final CurrentUser user;
  private final AccessService access;
  private final Transactions transactions;
  private final RecordSearchIndex index;
  private final IndexedSearch indexed;
  private final ScanSearch scan;

  /** Declarative Services injects the collaborators. */
  @Activate
  public FormsSearchProvider(@Reference PublishedForms forms, @Reference RecordStore store,
      @Reference CurrentUser user, @Reference AccessService access, @Reference Transactions transactions,
      @Reference RecordSearchIndex index) {
    this.forms = forms;
    this.user = user;
    this.access = access;
    this.transactions = transactions;
    this.index = index;
    this.indexed = new IndexedSearch(index, store);
    this.scan = new ScanSearch(store);
  }

  @Override
  public String id() {
    return "records";
  }

  @Override
  public String labelKey() {
    return "forms.search.heading";
  }

  @Override
  public List<SearchHit> search(String text, Locale locale, int limit) {
    String needle = text == null ? "" : text.strip();
    if (needle.isEmpty() || limit < 1) {
      return List.of();
    }
    long deadline = System.nanoTime() + BUDGET.toNanos();
    index.catchUp();
    boolean useIndex = index.ready();
    return transactions.required(() -> {
      List<SearchHit> hits = new ArrayList<>();
      int searched = 0;
      for (CurrentForm form : forms.all()) {
        if (!useIndex && searched >= MAX_SCANNED_FORMS || System.nanoTime() > deadline
            || Thread.currentThread().isInterrupted()) {
          break;
        }
        if (!user.isPermitted(FormPermissions.of(form.key(), "view"))) {
          continue;
        }
        SearchScope scope = scope(form);
        if (scope == null) {
          continue;
        }
        searched++;
        hits.addAll(search(scope, needle, locale, Math.min(PER_FORM, limit), useIndex));
      }
      hits.sort(Comparator.comparingDouble(SearchHit::score).reversed());
      return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
    });
  }

  private List<SearchHit> search(SearchScope scope, String needle, Locale locale, int limit, boolean useIndex) {
    if (useIndex) {
      try {
        return indexed.search(scope, needle, locale, limit);
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.FINE, "The records search index failed for form " + scope.form().key() + "; scanning it", e);
      }
    }
    return scan.search(scope, needle, locale, limit);
  }

  /** The user's rows and fields of the form; null when they reach no row of it. */
  private SearchScope scope(CurrentForm form) {
    String resource = FormPermissions.resource(form.key());
    RowFilter rows = access.rows(resource, "view");
    if (rows.none()) {
      return null;
    }
    List<FieldDefinition> fields = form.published().schema().fields();
    Map<String, FieldAccess> fieldAccess = access.fields(resource, fields.stream().map(FieldDefinition::name).toList());
    Set<String> hidden = DefaultFormRecords.hidden(fieldAccess);
    List<FieldDefinition> visible = fields.stream().filter(f -> !hidden.contains(f.name())).toList();
    return new SearchScope(form, rows, hidden, visible);
  }
}
