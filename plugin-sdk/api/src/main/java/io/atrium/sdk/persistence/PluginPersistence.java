package io.atrium.sdk.persistence;

import jakarta.persistence.EntityManager;
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
}
