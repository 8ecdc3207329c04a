package io.atrium.workflows.runtime;

import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.record.RecordField;
import io.atrium.sdk.record.RecordFieldType;
import io.atrium.sdk.record.RecordNotFoundException;
import io.atrium.sdk.record.RecordPage;
import io.atrium.sdk.record.RecordQuery;
import io.atrium.sdk.record.RecordSchema;
import io.atrium.sdk.record.RecordSource;
import io.atrium.sdk.record.RecordStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Another plugin's records, kept in memory: campaigns with a budget; {@code failStatus} makes status writes fail. */
final class MemoryRecordSource implements RecordSource {

  private final Map<Long, RecordData> records = new ConcurrentHashMap<>();
  boolean failStatus;

  /** Adds a campaign created by a user. */
  long add(long id, long createdBy, String budget) {
    Instant at = Instant.parse("2026-12-03T08:00:00Z");
    records.put(id, new RecordData(key(), id, "C-" + id, 1, RecordStatus.SUBMITTED, createdBy, null, createdBy, at,
        createdBy, at, false, Map.of("budget", new BigDecimal(budget))));
    return id;
  }

  @Override
  public String key() {
    return "forms.campaign";
  }

  @Override
  public RecordSchema schema() {
    return new RecordSchema(key(), "Campaign", "forms:campaign", 1,
        List.of(RecordField.of("budget", "Budget", RecordFieldType.DECIMAL, false)));
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
    throw new UnsupportedOperationException("workflows does not change fields");
  }

  @Override
  public RecordData setStatus(long id, RecordStatus status) {
    if (failStatus) {
      throw new IllegalStateException("the record source refused the status");
    }
    RecordData r = get(id).orElseThrow(() -> new RecordNotFoundException(key(), id));
    RecordData changed = new RecordData(r.source(), id, r.serial(), r.version() + 1, status, r.ownerId(),
        r.departmentId(), r.createdBy(), r.createdAt(), r.updatedBy(), r.updatedAt(), false, r.values());
    records.put(id, changed);
    return changed;
  }
}
