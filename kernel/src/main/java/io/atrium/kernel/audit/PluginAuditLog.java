package io.atrium.kernel.audit;

import io.atrium.sdk.audit.AuditLog;
import java.util.List;
import java.util.Map;

/**
 * The SDK's {@link AuditLog} of one plugin: entries of category {@code data} with the plugin as
 * their source; reading returns only those, never another plugin's or the kernel's.
 */
public final class PluginAuditLog implements AuditLog {

  /** A history page is never longer, whatever the plugin asks for. */
  static final int MAX_ENTRIES = 500;

  private final String pluginId;
  private final Audit audit;
  private final AuditReader reader;

  /** Creates the log of a plugin. */
  public PluginAuditLog(String pluginId, Audit audit, AuditReader reader) {
    this.pluginId = pluginId;
    this.audit = audit;
    this.reader = reader;
  }

  @Override
  public void record(String action, String objectType, String objectId, Map<String, ?> before, Map<String, ?> after) {
    audit.record(new AuditEvent("data", action, objectType, objectId, before, after, pluginId, null));
  }

  @Override
  public List<io.atrium.sdk.audit.AuditEntry> entries(String objectType, String objectId, int offset, int limit) {
    if (objectType == null || objectId == null || limit <= 0) {
      return List.of();
    }
    return reader.ofObject(pluginId, objectType, objectId, Math.max(0, offset), Math.min(limit, MAX_ENTRIES))
        .stream().map(PluginAuditLog::toSdk).toList();
  }

  private static io.atrium.sdk.audit.AuditEntry toSdk(AuditEntry entry) {
    return new io.atrium.sdk.audit.AuditEntry(entry.id(), entry.occurredAt(), entry.actorId(), entry.actorName(),
        entry.action(), entry.objectType(), entry.objectId(), AuditJson.parse(entry.beforeJson()),
        AuditJson.parse(entry.afterJson()));
  }
}
