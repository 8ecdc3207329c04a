package io.atrium.forms.internal;

import io.atrium.forms.FormCatalog;
import io.atrium.forms.FormPermissions;
import io.atrium.forms.FormRecords;
import io.atrium.forms.FormSummary;
import io.atrium.forms.PublishedForm;
import io.atrium.forms.RelatedRecords;
import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FieldType;
import io.atrium.sdk.record.RecordNotFoundException;
import io.atrium.sdk.record.RecordPage;
import io.atrium.sdk.record.RecordQuery;
import io.atrium.sdk.security.AccessDeniedException;
import io.atrium.sdk.security.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@link RelatedRecords}: for each published form the caller may view, each lookup field that
 * points at the record's form is queried through {@link FormRecords#list}, so row scope and field
 * access hold; a lookup field hidden from the caller is left out.
 */
@Component(service = RelatedRecords.class)
public class DefaultRelatedRecords implements RelatedRecords {

  private final FormRecords records;
  private final FormCatalog catalog;
  private final CurrentUser user;

  /** Declarative Services injects the facades. */
  @Activate
  public DefaultRelatedRecords(@Reference FormRecords records, @Reference FormCatalog catalog,
      @Reference CurrentUser user) {
    this.records = records;
    this.catalog = catalog;
    this.user = user;
  }

  @Override
  public List<Group> of(String formKey, long id) {
    if (records.get(formKey, id).isEmpty()) {
      throw new RecordNotFoundException(DefaultFormRecords.source(formKey), id);
    }
    Locale locale = user.locale();
    List<Group> groups = new ArrayList<>();
    for (FormSummary summary : catalog.forms()) {
      if (summary.publishedVersion() < 1 || !user.isPermitted(FormPermissions.of(summary.key(), "view"))) {
        continue;
      }
      Optional<PublishedForm> other = catalog.published(summary.key());
      if (other.isEmpty()) {
        continue;
      }
      for (FieldDefinition field : other.get().schema().fields()) {
        if (field.type() != FieldType.LOOKUP || !formKey.equals(field.lookupForm())) {
          continue;
        }
        try {
          RecordPage page = records.list(summary.key(), RecordQuery.all()
              .where(field.name(), RecordQuery.Operator.EQ, id).orderBy("createdAt", false).page(0, PER_GROUP), null);
          if (page.records().isEmpty()) {
            continue;
          }
          List<Entry> entries = page.records().stream()
              .map(r -> new Entry(r.id(), r.serial() != null ? r.serial() : "#" + r.id())).toList();
          groups.add(new Group(summary.key(), other.get().schema().name().in(locale), field.name(),
              field.label().in(locale), page.total(), entries));
        } catch (AccessDeniedException e) {
          // the lookup field is hidden from the caller: they may not know what points where
        }
      }
    }
    return groups;
  }
}
