package io.atrium.forms.internal;

import io.atrium.forms.FormPermissions;
import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FieldType;
import io.atrium.forms.storage.ListOptions;
import io.atrium.forms.storage.RecordStore;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.portal.SearchHit;
import io.atrium.sdk.portal.SearchProvider;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.record.RecordQuery;
import io.atrium.sdk.security.AccessService;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.security.FieldAccess;
import io.atrium.sdk.security.RowFilter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Form records for the global search box: the quick search of the records list, run over the
 * published forms the current user may view, within their row scope and never on a field hidden
 * from them. It stays within the portal's second: at most {@link #MAX_FORMS} forms, at most
 * {@link #PER_FORM} hits each, and no form is started once {@link #BUDGET} has passed.
 */
@Component(service = SearchProvider.class)
public class FormsSearchProvider implements SearchProvider {

  /** Most forms searched per search. */
  static final int MAX_FORMS = 20;
  /** Most hits per form. */
  static final int PER_FORM = 3;
  /** After this, no further form is searched; the portal drops a provider after about a second. */
  static final Duration BUDGET = Duration.ofMillis(700);

  /** Field types that can give a hit its title: what people type as a name. */
  private static final Set<FieldType> TITLES = Set.of(FieldType.TEXT, FieldType.TEXTAREA, FieldType.EMAIL,
      FieldType.PHONE, FieldType.URL);

  private final PublishedForms forms;
  private final RecordStore store;
  private final CurrentUser user;
  private final AccessService access;
  private final Transactions transactions;

  /** Declarative Services injects the collaborators. */
  @Activate
  public FormsSearchProvider(@Reference PublishedForms forms, @Reference RecordStore store,
      @Reference CurrentUser user, @Reference AccessService access, @Reference Transactions transactions) {
    this.forms = forms;
    this.store = store;
    this.user = user;
    this.access = access;
    this.transactions = transactions;
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
    return transactions.required(() -> {
      List<SearchHit> hits = new ArrayList<>();
      int searched = 0;
      for (CurrentForm form : forms.all()) {
        if (searched >= MAX_FORMS || System.nanoTime() > deadline || Thread.currentThread().isInterrupted()) {
          break;
        }
        if (!user.isPermitted(FormPermissions.of(form.key(), "view"))) {
          continue;
        }
        searched++;
        hits.addAll(search(form, needle, locale, Math.min(PER_FORM, limit)));
      }
      hits.sort(Comparator.comparingDouble(SearchHit::score).reversed());
      return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
    });
  }

  private List<SearchHit> search(CurrentForm form, String needle, Locale locale, int limit) {
    String resource = FormPermissions.resource(form.key());
    RowFilter rows = access.rows(resource, "view");
    if (rows.none()) {
      return List.of();
    }
    List<FieldDefinition> fields = form.published().schema().fields();
    Map<String, FieldAccess> fieldAccess = access.fields(resource, fields.stream().map(FieldDefinition::name).toList());
    Set<String> hidden = DefaultFormRecords.hidden(fieldAccess);
    ListOptions options = ListOptions.live().withRowFilter(rows.all() ? null : rows).withQuickSearch(needle, hidden)
        .countingUpTo(0);
    List<RecordData> found = store.query(form.layout(), RecordQuery.all().page(0, limit), options).records();
    List<FieldDefinition> visible = fields.stream().filter(f -> !hidden.contains(f.name())).toList();
    String name = form.published().schema().name().in(locale);
    List<SearchHit> hits = new ArrayList<>();
    for (int rank = 0; rank < found.size(); rank++) {
      RecordData record = found.get(rank);
      // how well it matches first, newer records (found first) before older ones
      double score = match(record, visible, needle) - rank * 0.01;
      hits.add(new SearchHit(title(record, visible), name, link(form.key(), record.id()), score));
    }
    return hits;
  }

  /** The serial and the first text field the user may see, e.g. {@code BX-20260101-0001 · Printer paper}. */
  private static String title(RecordData record, List<FieldDefinition> visible) {
    String first = visible.stream().filter(f -> TITLES.contains(f.type()))
        .map(f -> record.value(f.name())).filter(v -> v instanceof String s && !s.isBlank()).map(Object::toString)
        .findFirst().orElse(null);
    String serial = record.serial();
    if (serial != null && first != null) {
      return serial + " · " + first;
    }
    return serial != null ? serial : first != null ? first : "#" + record.id();
  }

  /** 3 when a searched value equals the text, 2 when one starts with it, 1 when one only contains it. */
  private static double match(RecordData record, List<FieldDefinition> visible, String needle) {
    String wanted = needle.toLowerCase(Locale.ROOT);
    int best = quality(record.serial(), wanted);
    for (FieldDefinition field : visible) {
      if (TITLES.contains(field.type()) || field.type() == FieldType.SERIAL) {
        Object value = record.value(field.name());
        best = Math.max(best, value instanceof String s ? quality(s, wanted) : 0);
      }
    }
    return Math.max(best, 1);
  }

  private static int quality(String value, String wanted) {
    if (value == null) {
      return 0;
    }
    String text = value.toLowerCase(Locale.ROOT);
    return text.equals(wanted) ? 3 : text.startsWith(wanted) ? 2 : text.contains(wanted) ? 1 : 0;
  }

  private static String link(String formKey, long id) {
    return "/forms/record.xhtml?form=" + URLEncoder.encode(formKey, StandardCharsets.UTF_8) + "&id=" + id;
  }
}
