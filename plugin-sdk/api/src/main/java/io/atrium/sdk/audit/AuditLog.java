package io.atrium.sdk.audit;

import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Host service, one per plugin: appends entries to the audit log. The kernel adds who (the
 * current user), when (the clock), from where (the client address of the current request) and
 * the plugin. An entry is written in the caller's transaction, so it exists exactly when the
 * change it describes was committed. A plugin reads back its own entries of an object (a change
 * history); entries of other plugins and of the kernel are never visible through it.
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

  /**
   * The entries this plugin recorded on an object, oldest first: the object's change history.
   * Only the calling plugin's own entries are returned; the caller decides who may see them.
   *
   * @param objectType the kind of object, exactly as recorded
   * @param objectId the object's id, exactly as recorded
   * @param offset how many of the oldest entries to skip
   * @param limit at most this many entries (capped by the host, e.g. at 500)
   * @since 1.1
   */
  List<AuditEntry> entries(String objectType, String objectId, int offset, int limit);
}
