package io.atrium.kernel.persistence;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;

/**
 * Builds a plugin's EntityManagerFactory from its entity class names, class loader and table
 * prefix, without a persistence.xml. The schema is never generated: migrations own it.
 */
public final class PersistenceUnitFactory {

  /** Name of the EclipseLink server platform that joins JTA transactions, see {@link AtriumServerPlatform}. */
  static final String JTA_PLATFORM = "io.atrium.kernel.persistence.AtriumServerPlatform";

  private static final java.util.Map<String, java.nio.file.Path> ROOTS = new java.util.concurrent.ConcurrentHashMap<>();

  private PersistenceUnitFactory() {
  }

  /**
   * Builds the factory.
   *
   * @param unitName unique name, also the EclipseLink session name
   * @param pluginLoader the plugin's class loader, which sees its entity classes
   * @param entities fully qualified entity class names
   * @param tablePrefix prefix put in front of every table name
   * @param dataSource the database
   * @param jta true to join JTA transactions (on the server), false for local transactions (tests)
   * @param rootUrl the unit's root, e.g. the bundle's root entry
   */
  public static EntityManagerFactory create(String unitName, ClassLoader pluginLoader, List<String> entities,
      String tablePrefix, DataSource dataSource, boolean jta, URL rootUrl) {
    Properties properties = new Properties();
    properties.setProperty(PersistenceUnitProperties.WEAVING, "false");
    properties.setProperty(PersistenceUnitProperties.SESSION_NAME, unitName);
    properties.setProperty(PersistenceUnitProperties.SESSION_CUSTOMIZER, TablePrefixCustomizer.class.getName());
    properties.setProperty(PersistenceUnitProperties.DDL_GENERATION, PersistenceUnitProperties.NONE);
    properties.setProperty(PersistenceUnitProperties.CACHE_SHARED_DEFAULT, "false");
    properties.setProperty(PersistenceUnitProperties.LOGGING_LEVEL, "WARNING");
    properties.setProperty(PersistenceUnitProperties.VALIDATION_ONLY_PROPERTY, "false");
    properties.setProperty("eclipselink.deploy-on-startup", "true");
    properties.setProperty(PersistenceUnitProperties.TARGET_SERVER, jta ? JTA_PLATFORM : "None");
    ClassLoader loader = new UnitClassLoader(pluginLoader, PersistenceUnitFactory.class.getClassLoader());
    PluginUnitInfo info = new PluginUnitInfo(unitName, loader, List.copyOf(entities),
        jta ? PersistenceUnitTransactionType.JTA : PersistenceUnitTransactionType.RESOURCE_LOCAL, dataSource,
        properties, rootUrl != null ? rootUrl : placeholderRoot(unitName));
    TablePrefixCustomizer.register(unitName, tablePrefix);
    Map<String, Object> overrides = new HashMap<>();
    overrides.put(PersistenceUnitProperties.CLASSLOADER, loader);
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      EntityManagerFactory factory = new PersistenceProvider().createContainerEntityManagerFactory(info, overrides);
      // deploy now, so mapping errors surface when the plugin starts, not on its first request
      try {
        requireMapped(factory, entities);
      } catch (RuntimeException e) {
        factory.close();
        throw e;
      }
      return factory;
    } catch (RuntimeException e) {
      TablePrefixCustomizer.unregister(unitName);
      throw e;
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /** EclipseLink only logs a warning for listed classes it cannot load or that are not entities; refuse them. */
  private static void requireMapped(EntityManagerFactory factory, List<String> entities) {
    // asks the EclipseLink session, which also deploys the unit; the JPA metamodel would re-read
    // the mappings after the table prefix was applied and lose it
    java.util.Set<String> mapped = new java.util.HashSet<>();
    org.eclipse.persistence.jpa.JpaHelper.getServerSession(factory).getDescriptors().keySet()
        .forEach(type -> mapped.add(type.getName()));
    List<String> unmapped = entities.stream().filter(name -> !mapped.contains(name)).toList();
    if (!unmapped.isEmpty()) {
      throw new IllegalArgumentException("These classes are listed as entities but are missing or not annotated "
          + "with @Entity: " + String.join(", ", unmapped));
    }
  }

  /**
   * EclipseLink scans a unit's root for mapping files; plugin units list their classes instead, so
   * the root is an empty folder of their own, removed when the unit closes.
   */
  private static URL placeholderRoot(String unitName) {
    try {
      java.nio.file.Path root = java.nio.file.Files.createTempDirectory("atrium-unit-");
      ROOTS.put(unitName, root);
      return root.toUri().toURL();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("Cannot create a folder for persistence unit " + unitName, e);
    }
  }

  /** Closes a factory made by {@link #create} and forgets its prefix. */
  public static void close(String unitName, EntityManagerFactory factory) {
    try {
      if (factory.isOpen()) {
        factory.close();
      }
    } finally {
      TablePrefixCustomizer.unregister(unitName);
      java.nio.file.Path root = ROOTS.remove(unitName);
      if (root != null) {
        root.toFile().delete();
      }
    }
  }
}
