package io.atrium.kernel.testing;

import io.atrium.kernel.persistence.DatabaseDialect;
import io.atrium.kernel.persistence.Jdbc;
import io.atrium.kernel.persistence.SchemaMigrator;
import io.atrium.sdk.persistence.TransactionalWork;
import io.atrium.sdk.persistence.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;

/** A fresh in-memory H2 database with the kernel's migrations applied, for unit tests of kernel stores. */
public final class KernelDatabase implements AutoCloseable {

  private final JdbcDataSource dataSource = new JdbcDataSource();
  private final TransactionalDataSource transactional = new TransactionalDataSource(dataSource);
  private final Jdbc jdbc;

  /** Creates and migrates the database. */
  public KernelDatabase() {
    dataSource.setURL("jdbc:h2:mem:kernel-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=LEGACY");
    dataSource.setUser("sa");
    try {
      new SchemaMigrator(dataSource, DatabaseDialect.H2).migrate("the kernel", "atrium_", "classpath:db/atrium");
    } catch (io.atrium.kernel.persistence.MigrationFailedException e) {
      throw new IllegalStateException(e);
    }
    jdbc = new Jdbc(transactional);
  }

  /** Transactions that really commit or roll back, for tests of atomicity. */
  public Transactions transactions() {
    return transactional.transactions();
  }

  /** JDBC over the database. */
  public Jdbc jdbc() {
    return jdbc;
  }

  /** Runs work directly: each statement commits on its own, as unit tests need no atomicity. */
  public static Transactions direct() {
    return new Transactions() {
      @Override
      public <T> T required(TransactionalWork<T> work) {
        return run(work);
      }

      @Override
      public <T> T requiresNew(TransactionalWork<T> work) {
        return run(work);
      }

      @Override
      public boolean isActive() {
        return false;
      }

      @Override
      public void setRollbackOnly() {
      }

      @Override
      public void afterCommit(Runnable action) {
        action.run();
      }

      private <T> T run(TransactionalWork<T> work) {
        try {
          return work.run();
        } catch (RuntimeException e) {
          throw e;
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
    };
  }

  @Override
  public void close() throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    }
  }
}
