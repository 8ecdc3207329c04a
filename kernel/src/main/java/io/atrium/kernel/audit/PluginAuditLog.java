package io.atrium.kernel.audit;

import io.atrium.sdk.audit.AuditLog;
import java.util.Map;

/** The SDK's {@link AuditLog} of one plugin: entries of category {@code data} with the plugin as their source. */
public final class PluginAuditLog implements AuditLog {

  private final String pluginId;
  private final Audit audit;

  /** Creates the log of a plugin. */
  public PluginAuditLog(String pluginId, Audit audit) {
    this.pluginId = pluginId;
    this.audit = audit;
  }

  @Override
  public void record(String action, String objectType, String objectId, Map<String, ?> before, Map<String, ?> after) {
    audit.record(new AuditEvent("data", action, objectType, objectId, before, after, pluginId, null));
  }
}
