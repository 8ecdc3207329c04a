package io.atrium.sdk.persistence;

import jakarta.persistence.EntityManager;
import javax.sql.DataSource;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Host service, one per plugin: the plugin's persistence unit, built from the entity classes its
 * bundle declares. Get it with a Declarative Services {@code @Reference}.
 */
@ProviderType
public interface PluginPersistence {

  /**
   * The entity manager bound to the current transaction; the same instance for the whole
   * transaction and closed when it ends.
   *
   * @throws TransactionRequiredException when no transaction is active: wrap the work in
   *     {@link Transactions#required(TransactionalWork)}
   */
  EntityManager entityManager();

  /** The prefix the platform puts in front of every table name of this plugin, e.g. {@code hello_}. */
  String tablePrefix();

  /**
   * The platform's data source, for plugins that manage tables JPA cannot map (such as tables
   * generated from user-designed forms). Connections taken inside a transaction join it; close
   * them when done. Build SQL only from names the plugin generated, never from user text, and
   * touch only tables with this plugin's prefix.
   *
   * @since 1.1
   */
  DataSource dataSource();

  /**
   * The database product behind {@link #dataSource()}.
   *
   * @since 1.1
   */
  Database database();
}
