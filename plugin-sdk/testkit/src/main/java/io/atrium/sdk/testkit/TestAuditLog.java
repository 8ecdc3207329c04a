package io.atrium.sdk.testkit;

import io.atrium.kernel.audit.AuditJson;
import io.atrium.sdk.audit.AuditEntry;
import io.atrium.sdk.audit.AuditLog;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The audit log of a test: keeps what the plugin recorded, in order, for assertions, and reads it
 * back as the kernel would (who and when from the kit's user and clock, values through the same
 * JSON the kernel stores).
 */
public final class TestAuditLog implements AuditLog {

  /**
   * One recorded entry.
   *
   * @param action what happened
   * @param objectType the kind of object
   * @param objectId the object's id, or null
   * @param before values before
   * @param after values after
   */
  public record Entry(String action, String objectType, String objectId, Map<String, ?> before, Map<String, ?> after) {
  }

  private final List<Entry> entries = new CopyOnWriteArrayList<>();
  private final List<AuditEntry> stored = new CopyOnWriteArrayList<>();
  private final AtomicLong ids = new AtomicLong();
  private final TestClock clock;
  private final TestUser user;

  TestAuditLog(TestClock clock, TestUser user) {
    this.clock = clock;
    this.user = user;
  }

  @Override
  public void record(String action, String objectType, String objectId, Map<String, ?> before, Map<String, ?> after) {
    entries.add(new Entry(action, objectType, objectId, Map.copyOf(nullSafe(before)), Map.copyOf(nullSafe(after))));
    stored.add(new AuditEntry(ids.incrementAndGet(), clock.now(), user.userId().orElse(null),
        user.username().orElse(null), action, objectType, objectId, AuditJson.roundTrip(before),
        AuditJson.roundTrip(after)));
  }

  @Override
  public List<AuditEntry> entries(String objectType, String objectId, int offset, int limit) {
    return stored.stream().filter(e -> e.objectType() != null && e.objectType().equals(objectType))
        .filter(e -> e.objectId() != null && e.objectId().equals(objectId)).skip(Math.max(0, offset))
        .limit(Math.max(0, Math.min(limit, 500))).toList();
  }

  private static Map<String, ?> nullSafe(Map<String, ?> values) {
    if (values == null) {
      return Map.of();
    }
    Map<String, Object> copy = new java.util.LinkedHashMap<>();
    values.forEach((k, v) -> copy.put(k, v == null ? "" : v));
    return copy;
  }

  /** Everything recorded, oldest first. */
  public List<Entry> entries() {
    return List.copyOf(entries);
  }
}
