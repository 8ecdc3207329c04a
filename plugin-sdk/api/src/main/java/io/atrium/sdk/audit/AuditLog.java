package io.atrium.sdk.audit;

import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Host service, one per plugin: appends entries to the audit log. The kernel adds who (the
 * current user), when (the clock), from where (the client address of the current request) and
 * the plugin. An entry is written in the caller's transaction, so it exists exactly when the
 * change it describes was committed.
 */
@ProviderType
public interface AuditLog {

  /**
   * Records an action on an object.
   *
   * @param action what happened, e.g. {@code record.update}
   * @param objectType the kind of object, e.g. {@code forms:leads}
   * @param objectId the object's id, or null
   * @param before the changed values before, or an empty map
   * @param after the changed values after, or an empty map
   */
  void record(String action, String objectType, String objectId, Map<String, ?> before, Map<String, ?> after);

  /** Records an action without data changes. */
  default void record(String action, String objectType, String objectId) {
    record(action, objectType, objectId, Map.of(), Map.of());
  }
}
