package io.atrium.forms.internal;

import io.atrium.forms.FormPermissions;
import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.storage.RecordAggregates;
import io.atrium.sdk.dataset.Dataset;
import io.atrium.sdk.dataset.DatasetField;
import io.atrium.sdk.dataset.DatasetQuery;
import io.atrium.sdk.dataset.DatasetResult;
import io.atrium.sdk.security.AccessDeniedException;
import io.atrium.sdk.security.AccessService;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.security.FieldAccess;
import io.atrium.sdk.security.RowFilter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The records of one published form as a report dataset, for the current user: it needs
 * {@code forms:<key>:view}, counts only the rows of the user's {@code view} row scope, and neither
 * offers nor accepts the fields hidden from the user.
 */
final class FormDataset implements Dataset {

  private final String formKey;
  private final PublishedForms forms;
  private final RecordAggregates aggregates;
  private final CurrentUser user;
  private final AccessService access;

  FormDataset(String formKey, PublishedForms forms, RecordAggregates aggregates, CurrentUser user,
      AccessService access) {
    this.formKey = formKey;
    this.forms = forms;
    this.aggregates = aggregates;
    this.user = user;
    this.access = access;
  }

  @Override
  public String key() {
    return DefaultFormRecords.source(formKey);
  }

  @Override
  public String label() {
    return forms.current(formKey).map(f -> f.published().schema().name().in(user.locale())).orElse(formKey);
  }

  @Override
  public boolean readable() {
    return user.isPermitted(FormPermissions.of(formKey, "view")) && forms.current(formKey).isPresent();
  }

  @Override
  public List<DatasetField> fields() {
    if (!user.isPermitted(FormPermissions.of(formKey, "view"))) {
      return List.of();
    }
    return forms.current(formKey).map(form -> aggregates.fields(form.layout(), hidden(form), user.locale()))
        .orElse(List.of());
  }

  @Override
  public DatasetResult query(DatasetQuery query) {
    String permission = FormPermissions.of(formKey, "view");
    if (!user.isPermitted(permission)) {
      throw new AccessDeniedException(permission);
    }
    Optional<CurrentForm> current = forms.current(formKey);
    if (current.isEmpty()) {
      // withdrawn since the service was found: as if the user could not read it
      throw new AccessDeniedException(permission);
    }
    CurrentForm form = current.get();
    RowFilter rows = access.rows(FormPermissions.resource(formKey), "view");
    return aggregates.aggregate(form.layout(), query, rows.all() ? null : rows, hidden(form), user.locale());
  }

  /** The top-level fields hidden from the current user. */
  private Set<String> hidden(CurrentForm form) {
    List<String> names = form.published().schema().fields().stream().map(FieldDefinition::name).toList();
    Map<String, FieldAccess> fields = access.fields(FormPermissions.resource(formKey), names);
    return fields.entrySet().stream().filter(e -> e.getValue() == FieldAccess.HIDDEN).map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }
}
