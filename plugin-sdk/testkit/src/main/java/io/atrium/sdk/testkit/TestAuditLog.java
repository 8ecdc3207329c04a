package io.atrium.sdk.testkit;

import io.atrium.sdk.audit.AuditLog;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** The audit log of a test: keeps what the plugin recorded, in order, for assertions. */
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

  TestAuditLog() {
  }

  @Override
  public void record(String action, String objectType, String objectId, Map<String, ?> before, Map<String, ?> after) {
    entries.add(new Entry(action, objectType, objectId, Map.copyOf(nullSafe(before)), Map.copyOf(nullSafe(after))));
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
