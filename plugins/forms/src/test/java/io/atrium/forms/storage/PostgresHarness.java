package io.atrium.forms.storage;

import io.atrium.sdk.persistence.PluginPersistence;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.testkit.PostgresSchema;
import io.atrium.sdk.time.AtriumClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The storage on the test kit's {@link PostgresSchema}: the PostgreSQL database of the system
 * property {@code atrium.test.pg.url}, in a schema of its own that is dropped at the end.
 */
public final class PostgresHarness extends StorageHarness {

  /** The system property with the JDBC URL; the build sets it from {@code ATRIUM_TEST_PG_URL}. */
  public static final String URL = PostgresSchema.URL;

  private final PostgresSchema schema = new PostgresSchema("forms", "forms_");
  private final TestingClock clock = new TestingClock();
  private final CurrentUser user = new TestingUser();

  @Override
  public PluginPersistence persistence() {
    return schema.persistence();
  }

  @Override
  public Transactions transactions() {
    return schema.transactions();
  }

  @Override
  public TestingClock clock() {
    return clock;
  }

  @Override
  public CurrentUser user() {
    return user;
  }

  @Override
  public void advanceClock(Duration amount) {
    clock.advance(amount);
  }

  @Override
  public DataSource raw() {
    return schema.dataSource();
  }

  @Override
  public void close() {
    schema.close();
  }

  /** A clock that stands still until moved, in the company zone Asia/Shanghai. */
  public static final class TestingClock implements AtriumClock {
    private volatile Instant now = Instant.parse("2026-01-05T01:00:00Z");

    @Override
    public Instant now() {
      return now;
    }

    @Override
    public ZoneId zone() {
      return ZoneId.of("Asia/Shanghai");
    }

    @Override
    public Clock asClock() {
      return Clock.fixed(now, zone());
    }

    /** Moves the clock. */
    public void advance(Duration amount) {
      now = now.plus(amount);
    }
  }

  private static final class TestingUser implements CurrentUser {
    @Override
    public Optional<String> username() {
      return Optional.of("tester");
    }

    @Override
    public Optional<Long> userId() {
      return Optional.of(1L);
    }

    @Override
    public Locale locale() {
      return Locale.ENGLISH;
    }

    @Override
    public boolean isPermitted(String permission) {
      return true;
    }
  }
}
