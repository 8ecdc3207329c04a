package io.atrium.kernel.plugin.internal;

import io.atrium.sdk.plugin.PluginState;
import java.time.Instant;

/**
 * What the database remembers of a plugin between restarts.
 *
 * @param id plugin id
 * @param version installed version
 * @param file jar file name
 * @param checksum SHA-256 of the jar
 * @param enabled the administrator's choice; a disabled plugin stays stopped across restarts
 * @param state last known state
 * @param reason last failure reason, or null
 * @param changedAt when the state last changed
 */
public record StoredPlugin(String id, String version, String file, String checksum, boolean enabled,
    PluginState state, String reason, Instant changedAt) {
}
