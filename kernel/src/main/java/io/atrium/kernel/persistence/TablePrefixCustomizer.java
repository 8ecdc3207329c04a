package io.atrium.kernel.persistence;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.internal.helper.DatabaseTable;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectCollectionMapping;
import org.eclipse.persistence.mappings.ManyToManyMapping;
import org.eclipse.persistence.sessions.Session;

/**
 * Puts the plugin's table prefix in front of every table its entities map to, so a plugin writes
 * {@code @Table(name = "greeting")} and gets {@code hello_greeting}. EclipseLink creates this class
 * by name; the prefix is registered per session name before the persistence unit is built.
 */
public final class TablePrefixCustomizer implements SessionCustomizer {

  private static final Map<String, String> PREFIXES = new ConcurrentHashMap<>();

  /** Registers the prefix for a session name. */
  static void register(String sessionName, String prefix) {
    PREFIXES.put(sessionName, prefix);
  }

  /** Forgets a session name. */
  static void unregister(String sessionName) {
    PREFIXES.remove(sessionName);
  }

  @Override
  public void customize(Session session) {
    String prefix = PREFIXES.get(session.getName());
    if (prefix == null) {
      throw new IllegalStateException("No table prefix registered for persistence unit " + session.getName());
    }
    for (ClassDescriptor descriptor : session.getDescriptors().values()) {
      for (DatabaseTable table : descriptor.getTables()) {
        prefix(table, prefix);
      }
      for (DatabaseField field : descriptor.getFields()) {
        prefix(field.getTable(), prefix);
      }
      for (DatabaseMapping mapping : descriptor.getMappings()) {
        if (mapping instanceof ManyToManyMapping manyToMany) {
          prefix(manyToMany.getRelationTable(), prefix);
        } else if (mapping instanceof DirectCollectionMapping collection) {
          prefix(collection.getReferenceTable(), prefix);
        }
      }
    }
  }

  private static void prefix(DatabaseTable table, String prefix) {
    if (table != null && table.getName() != null && !table.getName().isEmpty()
        && !table.getName().toLowerCase(java.util.Locale.ROOT).startsWith(prefix)) {
      table.setName(prefix + table.getName());
    }
  }
}
