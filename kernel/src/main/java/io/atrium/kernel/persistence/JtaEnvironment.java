package io.atrium.kernel.persistence;

import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.UserTransaction;

/**
 * The container's JTA objects, looked up once at boot on a container thread so that plugin code on
 * any thread (Felix, scheduler, outbox) can use them.
 */
public final class JtaEnvironment {

  private static volatile TransactionManager transactionManager;
  private static volatile TransactionSynchronizationRegistry synchronizationRegistry;
  private static volatile UserTransaction userTransaction;

  private JtaEnvironment() {
  }

  /** Registers the container's objects. */
  public static void install(TransactionManager manager, TransactionSynchronizationRegistry registry) {
    transactionManager = manager;
    synchronizationRegistry = registry;
  }

  /**
   * Registers the container's user transaction, which begins and ends transactions so that the
   * connection pool enlists connections also on threads that carry a component invocation.
   */
  public static void install(UserTransaction transaction) {
    userTransaction = transaction;
  }

  /** The user transaction, if the container gave one. */
  public static java.util.Optional<UserTransaction> userTransaction() {
    return java.util.Optional.ofNullable(userTransaction);
  }

  /** The transaction manager. */
  public static TransactionManager transactionManager() {
    TransactionManager manager = transactionManager;
    if (manager == null) {
      throw new IllegalStateException("The kernel has not registered the JTA transaction manager yet");
    }
    return manager;
  }

  /** The synchronization registry. */
  public static TransactionSynchronizationRegistry synchronizationRegistry() {
    TransactionSynchronizationRegistry registry = synchronizationRegistry;
    if (registry == null) {
      throw new IllegalStateException("The kernel has not registered the JTA synchronization registry yet");
    }
    return registry;
  }
}
