package io.atrium.kernel.persistence.internal;

import io.atrium.kernel.persistence.PersistenceUnitFactory;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** One EntityManagerFactory per running plugin that declares entities; built at start, closed at stop. */
public final class PluginUnits {

  private static final Logger LOG = Logger.getLogger(PluginUnits.class.getName());

  private final DataSource dataSource;
  private final Map<String, EntityManagerFactory> factories = new ConcurrentHashMap<>();

  /** Creates the registry of units over the platform database. */
  public PluginUnits(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Builds and keeps the unit of a plugin; does nothing when it declares no entities.
   *
   * @throws RuntimeException from EclipseLink when the entities cannot be mapped
   */
  public void open(String pluginId, ClassLoader loader, List<String> entities, String tablePrefix) {
    close(pluginId);
    if (entities.isEmpty()) {
      return;
    }
    factories.put(pluginId, PersistenceUnitFactory.create(unitName(pluginId), loader, entities, tablePrefix,
        dataSource, true, null));
  }

  /** Closes the unit of a plugin, if open. */
  public void close(String pluginId) {
    EntityManagerFactory factory = factories.remove(pluginId);
    if (factory != null) {
      try {
        PersistenceUnitFactory.close(unitName(pluginId), factory);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Closing the persistence unit of " + pluginId + " failed", e);
      }
    }
  }

  /**
   * The open factory of a plugin.
   *
   * @throws IllegalStateException when the plugin declares no entities or is not running
   */
  public EntityManagerFactory factory(String pluginId) {
    EntityManagerFactory factory = factories.get(pluginId);
    if (factory == null) {
      throw new IllegalStateException("Plugin '" + pluginId + "' has no persistence unit: it declares no "
          + "@Entity classes (header Atrium-Entities) or is not running");
    }
    return factory;
  }

  /** Closes every unit. */
  public void closeAll() {
    for (String id : List.copyOf(factories.keySet())) {
      close(id);
    }
  }

  private static String unitName(String pluginId) {
    return "atrium-plugin-" + pluginId;
  }
}
