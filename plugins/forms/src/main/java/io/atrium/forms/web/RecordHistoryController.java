package io.atrium.forms.web;

import io.atrium.forms.FormCatalog;
import io.atrium.forms.HistoryEntry;
import io.atrium.forms.PublishedForm;
import io.atrium.forms.RecordHistory;
import io.atrium.forms.schema.FieldDefinition;
import io.atrium.sdk.blob.BlobStore;
import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.record.RecordNotFoundException;
import io.atrium.sdk.security.AccessDeniedException;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.time.AtriumClock;
import io.atrium.sdk.ui.Controller;
import io.atrium.sdk.ui.ControllerScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * Backs the history panel of {@code forms/record.xhtml}: the record's change history as a
 * timeline with field labels and formatted values; hidden fields' values are redacted by
 * {@link RecordHistory}.
 */
@Component(service = RecordHistoryController.class, scope = ServiceScope.PROTOTYPE)
@Controller(name = "formsRecordHistory", scope = ControllerScope.VIEW)
public class RecordHistoryController {

  private final RecordHistory history;
  private final FormCatalog catalog;
  private final CurrentUser user;
  private final AtriumClock clock;
  private final DirectoryChoices directory;
  private final BlobStore blobs;
  private List<HistoryView> entries;

  /** Declarative Services injects the facades and host services. */
  @Activate
  public RecordHistoryController(@Reference RecordHistory history, @Reference FormCatalog catalog,
      @Reference CurrentUser user, @Reference Directory directory, @Reference AtriumClock clock,
      @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
      BlobStore blobs) {
    this.history = history;
    this.catalog = catalog;
    this.user = user;
    this.clock = clock;
    this.blobs = blobs;
    this.directory = new DirectoryChoices(directory);
  }

  /** The history of the page's record, oldest first; empty when the caller may not see it. */
  public List<HistoryView> getEntries() {
    if (entries == null) {
      String key = Pages.formKey();
      Long id = Pages.longParam("id");
      Optional<PublishedForm> form = key == null || id == null ? Optional.empty() : catalog.published(key);
      try {
        entries = form.isEmpty() ? List.of() : views(form.get(), history.of(key, id, 0, RecordHistory.MAX_LIMIT));
      } catch (RecordNotFoundException | AccessDeniedException e) {
        // the record page itself answers 403/404; the panel just stays empty
        entries = List.of();
      }
    }
    return entries;
  }

  List<HistoryView> views(PublishedForm form, List<HistoryEntry> steps) {
    Locale locale = user.locale();
    ValueFormatter formatter = new ValueFormatter(locale, clock.zone(), directory, new BuiltInRegions(), blobs);
    List<HistoryView> views = new ArrayList<>();
    for (HistoryEntry step : steps) {
      List<HistoryView.Change> changes = new ArrayList<>();
      for (HistoryEntry.Change change : step.changes()) {
        Optional<FieldDefinition> field = form.schema().field(change.field());
        if (change.redacted() || field.isEmpty()) {
          changes.add(new HistoryView.Change(change.label(), "", "", true));
        } else {
          changes.add(new HistoryView.Change(change.label(), formatter.format(field.get(), change.before()),
              formatter.format(field.get(), change.after()), false));
        }
      }
      String kind = step.kind().name().toLowerCase(Locale.ROOT);
      String who = step.actorId() != null ? directory.personName(step.actorId())
          : step.actorName() != null ? step.actorName() : Pages.text(locale, "forms.ui.history.system");
      views.add(new HistoryView(formatter.instant(step.at()), who, kind,
          Pages.text(locale, "forms.ui.history." + kind, changes.size()), changes));
    }
    return views;
  }
}
