package io.atrium.systemtests;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The life of an installation on PostgreSQL, when ATRIUM_SYSTEM_TEST_PG_URL (or
 * ATRIUM_TEST_PG_URL) names a database; skipped otherwise.
 */
class ServerLifecyclePostgresIT extends ServerLifecycleTests {

  @Override
  String name() {
    return "lifecycle-postgresql";
  }

  @Override
  Database database() {
    assumeTrue(Database.postgresConfigured(), () -> "no PostgreSQL database: set " + Database.postgresVariables());
    return Database.postgres(name());
  }
}
