package io.atrium.kernel.identity;

import io.atrium.sdk.identity.DirectorySnapshot;
import io.atrium.sdk.identity.DirectorySource;
import java.util.Map;
import java.util.Set;

/** A directory the kernel can sync: a plugin's {@link DirectorySource}, or a built-in one that also maps roles. */
public interface SyncSource {

  /** The source id. */
  String id();

  /** {@code kernel} for built-in sources, else the id of the plugin that contributes it. */
  String origin();

  /** Reads the whole directory. */
  Reading read() throws Exception;

  /**
   * What a source holds.
   *
   * @param snapshot people and departments
   * @param roles the role names each person should hold by external id, or null when the source
   *     does not manage roles
   */
  record Reading(DirectorySnapshot snapshot, Map<String, Set<String>> roles) {
  }

  /** A plugin's source; it never manages roles. */
  static SyncSource of(String pluginId, DirectorySource source) {
    String id = source.id();
    return new SyncSource() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String origin() {
        return pluginId;
      }

      @Override
      public Reading read() throws Exception {
        DirectorySnapshot snapshot = source.read();
        if (snapshot == null) {
          throw new IllegalStateException("The source returned no snapshot");
        }
        return new Reading(snapshot, null);
      }
    };
  }
}
