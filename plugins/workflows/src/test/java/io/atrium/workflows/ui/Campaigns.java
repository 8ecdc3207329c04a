package io.atrium.workflows.ui;

import io.atrium.sdk.record.FieldProblem;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.record.RecordField;
import io.atrium.sdk.record.RecordFieldType;
import io.atrium.sdk.record.RecordNotFoundException;
import io.atrium.sdk.record.RecordPage;
import io.atrium.sdk.record.RecordQuery;
import io.atrium.sdk.record.RecordSchema;
import io.atrium.sdk.record.RecordSource;
import io.atrium.sdk.record.RecordStatus;
import io.atrium.sdk.record.RecordValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Campaign records of another plugin, in memory: a title and a budget. */
final class Campaigns implements RecordSource {

  private final Map<Long, RecordData> records = new ConcurrentHashMap<>();

  /** Adds a campaign created by a user. */
  void add(long id, long createdBy, String title, String budget) {
    Instant at = Instant.parse("2026-12-03T08:00:00Z");
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("title", title);
    values.put("budget", new BigDecimal(budget));
    records.put(id, new RecordData(key(), id, "C-" + id, 1, RecordStatus.SUBMITTED, createdBy, null, createdBy, at,
        createdBy, at, false, values));
  }

  @Override
  public String key() {
    return "forms.campaign";
  }

  @Override
  public RecordSchema schema() {
    return new RecordSchema(key(), "Campaign", "forms:campaign", 1, List.of(
        RecordField.of("title", "活动名称", RecordFieldType.TEXT, true),
        RecordField.of("budget", "预算", RecordFieldType.DECIMAL, false)));
  }

  @Override
  public Optional<RecordData> get(long id) {
    return Optional.ofNullable(records.get(id));
  }

  @Override
  public RecordPage query(RecordQuery query) {
    return new RecordPage(List.copyOf(records.values()), records.size());
  }

  @Override
  public RecordData update(long id, long expectedVersion, Map<String, ?> changes) {
    RecordData r = get(id).orElseThrow(() -> new RecordNotFoundException(key(), id));
    if (changes.containsKey("title") && changes.get("title") == null) {
      throw new RecordValidationException(List.of(new FieldProblem("title", "活动名称", "is required")));
    }
    Map<String, Object> values = new LinkedHashMap<>(r.values());
    values.putAll(changes);
    RecordData changed = new RecordData(r.source(), id, r.serial(), r.version() + 1, r.status(), r.ownerId(),
        r.departmentId(), r.createdBy(), r.createdAt(), r.updatedBy(), r.updatedAt(), false, values);
    records.put(id, changed);
    return changed;
  }

  @Override
  public RecordData setStatus(long id, RecordStatus status) {
    RecordData r = get(id).orElseThrow(() -> new RecordNotFoundException(key(), id));
    RecordData changed = new RecordData(r.source(), id, r.serial(), r.version() + 1, status, r.ownerId(),
        r.departmentId(), r.createdBy(), r.createdAt(), r.updatedBy(), r.updatedAt(), false, r.values());
    records.put(id, changed);
    return changed;
  }
}
