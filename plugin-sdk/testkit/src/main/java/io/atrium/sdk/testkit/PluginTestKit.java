package io.atrium.sdk.testkit;

import io.atrium.kernel.config.KernelSettings;
import io.atrium.kernel.expression.ElExpressions;
import io.atrium.kernel.pdf.HtmlPdfRenderer;
import io.atrium.kernel.pdf.PdfFonts;
import io.atrium.kernel.persistence.DatabaseDialect;
import io.atrium.kernel.persistence.MigrationFailedException;
import io.atrium.kernel.persistence.PersistenceUnitFactory;
import io.atrium.kernel.persistence.SchemaMigrator;
import io.atrium.kernel.plugin.PluginId;
import io.atrium.sdk.config.PluginConfig;
import io.atrium.sdk.event.EventPublisher;
import io.atrium.sdk.metrics.PluginMetrics;
import io.atrium.sdk.audit.AuditLog;
import io.atrium.sdk.blob.BlobStore;
import io.atrium.sdk.expression.Expressions;
import io.atrium.sdk.table.Spreadsheets;
import io.atrium.kernel.tabular.FileSpreadsheets;
import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.notify.Notifier;
import io.atrium.sdk.pdf.PdfRenderer;
import io.atrium.sdk.security.AccessService;
import io.atrium.sdk.persistence.PluginPersistence;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.plugin.PluginFolder;
import io.atrium.sdk.plugin.PluginHeaders;
import io.atrium.sdk.scheduler.Scheduler;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.time.AtriumClock;
import io.atrium.sdk.time.BusinessCalendar;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.jar.Manifest;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Runs a plugin's services in a unit test, without a server. It creates an in-memory H2 database,
 * applies the plugin's migrations from {@code db/migration} on the test class path, maps its
 * entities with the same table prefix as the server, and hands components the host services they
 * ask for in their constructor.
 *
 * <pre>{@code
 * try (PluginTestKit kit = PluginTestKit.forPlugin("hello").user("alice", "*").start()) {
 *   GreetingService greetings = kit.create(GreetingServiceImpl.class);
 *   greetings.add("Hi");
 *   assertThat(kit.events().published("hello/greeting/created")).hasSize(1);
 * }
 * }</pre>
 */
public final class PluginTestKit implements AutoCloseable {

  private final String pluginId;
  private final JdbcDataSource dataSource;
  private final Connection keepAlive;
  private final EntityManagerFactory factory;
  private final LocalTransactions transactions;
  private final TestClock clock;
  private final TestCalendar calendar;
  private final TestPluginFolder folder;
  private final TestUser user;
  private final TestEvents events;
  private final TestScheduler scheduler;
  private final TestConfig config;
  private final TestMetrics metrics;
  private final TestNotifier notifier;
  private final TestDirectory directory = new TestDirectory();
  private final TestAccess access = new TestAccess();
  private final TestAuditLog audit;
  private final Expressions expressions;
  private final TestBlobStore blobs;
  private final Map<Class<?>, Object> services = new HashMap<>();

  private PluginTestKit(Builder builder) {
    this.pluginId = builder.pluginId;
    String prefix = PluginId.tablePrefix(pluginId);
    this.dataSource = new JdbcDataSource();
    dataSource.setURL(KernelSettings.withH2LegacyMode("jdbc:h2:mem:atrium-test-" + UUID.randomUUID()
        + ";DB_CLOSE_DELAY=-1"));
    dataSource.setUser("sa");
    try {
      this.keepAlive = dataSource.getConnection();
      new SchemaMigrator(dataSource, DatabaseDialect.H2).migrate("plugin '" + pluginId + "'", prefix,
          "classpath:" + builder.migrations);
    } catch (SQLException | MigrationFailedException e) {
      throw new IllegalStateException("The test database could not be prepared: " + e.getMessage(), e);
    }
    List<String> entities = builder.entities.isEmpty() ? entitiesFromManifest(pluginId) : builder.entities;
    this.factory = PersistenceUnitFactory.create("atrium-test-" + pluginId + "-" + UUID.randomUUID(),
        Thread.currentThread().getContextClassLoader(), entities, prefix, dataSource, false, null);
    this.transactions = new LocalTransactions(factory, dataSource);
    this.clock = new TestClock(builder.start, builder.zone);
    this.calendar = new TestCalendar(clock);
    this.folder = new TestPluginFolder(pluginId);
    this.user = new TestUser(builder.username, builder.permissions);
    this.events = new TestEvents(pluginId, transactions, clock);
    this.scheduler = new TestScheduler(clock);
    this.config = new TestConfig(pluginId);
    this.metrics = new TestMetrics();
    this.notifier = new TestNotifier(transactions);
    this.audit = new TestAuditLog(clock, user);
    this.expressions = new ElExpressions(clock);
    this.blobs = new TestBlobStore(pluginId, transactions, clock, user);
    services.put(PluginPersistence.class, new LocalPersistence(transactions, prefix));
    services.put(Transactions.class, transactions);
    services.put(AtriumClock.class, clock);
    services.put(BusinessCalendar.class, calendar);
    services.put(CurrentUser.class, user);
    services.put(EventPublisher.class, events);
    services.put(Scheduler.class, scheduler);
    services.put(PluginConfig.class, config);
    services.put(PluginMetrics.class, metrics);
    services.put(Notifier.class, notifier);
    services.put(Directory.class, directory);
    services.put(AccessService.class, access);
    services.put(AuditLog.class, audit);
    services.put(Expressions.class, expressions);
    services.put(Spreadsheets.class, new FileSpreadsheets());
    services.put(BlobStore.class, blobs);
    services.put(PluginFolder.class, folder);
    services.put(PdfRenderer.class, pdf());
  }

  /** The org chart components see through {@link Directory}. */
  public TestDirectory directory() {
    return directory;
  }

  /** Row and field access components see through {@link AccessService}. */
  public TestAccess access() {
    return access;
  }

  /** What components recorded through {@link AuditLog}. */
  public TestAuditLog audit() {
    return audit;
  }

  /** The server's expressions, with {@code today()} and {@code now()} on the test clock. */
  public Expressions expressions() {
    return expressions;
  }

  /** The server's PDF renderer, with the Chinese fonts of this machine's usual font folders. */
  public PdfRenderer pdf() {
    return PdfHolder.RENDERER;
  }

  /** The fonts are searched once per test run, not once per kit. */
  private static final class PdfHolder {
    static final PdfRenderer RENDERER = new HtmlPdfRenderer(
        PdfFonts.find(java.util.Optional.empty(), PdfFonts.SYSTEM_FOLDERS));
  }

  /** Files components stored through {@link BlobStore}, checked as on the server. */
  public TestBlobStore blobs() {
    return blobs;
  }

  /** The plugin's node folder, a temporary folder deleted when the kit closes. */
  public TestPluginFolder folder() {
    return folder;
  }

  /** The business calendar components see, whose holidays a test sets. */
  public TestCalendar calendar() {
    return calendar;
  }

  /** Starts configuring a kit for the plugin with this id. */
  public static Builder forPlugin(String pluginId) {
    return new Builder(pluginId);
  }

  /**
   * Creates a component the way Declarative Services would: through its constructor, handing it
   * host services and services registered with {@link #register}.
   */
  public <T> T create(Class<T> componentClass) {
    Constructor<?>[] constructors = componentClass.getDeclaredConstructors();
    Arrays.sort(constructors, (a, b) -> b.getParameterCount() - a.getParameterCount());
    List<String> missing = new ArrayList<>();
    for (Constructor<?> constructor : constructors) {
      Object[] arguments = new Object[constructor.getParameterCount()];
      boolean complete = true;
      for (int i = 0; i < arguments.length; i++) {
        arguments[i] = services.get(constructor.getParameterTypes()[i]);
        if (arguments[i] == null) {
          complete = false;
          missing.add(constructor.getParameterTypes()[i].getName());
        }
      }
      if (complete) {
        try {
          constructor.setAccessible(true);
          return componentClass.cast(constructor.newInstance(arguments));
        } catch (InvocationTargetException e) {
          throw new IllegalStateException("Constructor of " + componentClass.getName() + " threw", e.getCause());
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("Cannot create " + componentClass.getName(), e);
        }
      }
    }
    throw new IllegalStateException("No constructor of " + componentClass.getName() + " can be satisfied; "
        + "register these services first: " + missing);
  }

  /** Makes a service available to components created later. */
  public <T> PluginTestKit register(Class<T> type, T service) {
    services.put(type, service);
    return this;
  }

  /** The plugin id. */
  public String pluginId() {
    return pluginId;
  }

  /** Local transactions over the test database. */
  public Transactions transactions() {
    return transactions;
  }

  /** The plugin's persistence, as its components get it. */
  public PluginPersistence persistence() {
    return (PluginPersistence) services.get(PluginPersistence.class);
  }

  /** The clock; it stands still until moved. */
  public TestClock clock() {
    return clock;
  }

  /** The signed-in user. */
  public TestUser user() {
    return user;
  }

  /** Published events and listeners. */
  public TestEvents events() {
    return events;
  }

  /** Scheduled runs. */
  public TestScheduler scheduler() {
    return scheduler;
  }

  /** Settings. */
  public TestConfig config() {
    return config;
  }

  /** Recorded metrics. */
  public TestMetrics metrics() {
    return metrics;
  }

  /** Sent notifications. */
  public TestNotifier notifier() {
    return notifier;
  }

  /** Runs SQL against the test database, e.g. to check what a migration created. */
  public void sql(String statement) {
    try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
      sql.execute(statement);
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** The test database, for assertions with plain JDBC. */
  public javax.sql.DataSource dataSource() {
    return dataSource;
  }

  @Override
  public void close() {
    try {
      factory.close();
    } finally {
      blobs.close();
      folder.close();
      try (Statement statement = keepAlive.createStatement()) {
        statement.execute("SHUTDOWN");
        keepAlive.close();
      } catch (SQLException e) {
        // the database is gone either way
      }
    }
  }

  /** Reads the entity list bnd wrote into the plugin's manifest on the test class path. */
  private static List<String> entitiesFromManifest(String pluginId) {
    try {
      Enumeration<URL> manifests = Thread.currentThread().getContextClassLoader()
          .getResources("META-INF/MANIFEST.MF");
      while (manifests.hasMoreElements()) {
        try (InputStream in = manifests.nextElement().openStream()) {
          Manifest manifest = new Manifest(in);
          if (pluginId.equals(manifest.getMainAttributes().getValue(PluginHeaders.ID))) {
            String entities = manifest.getMainAttributes().getValue(PluginHeaders.ENTITIES);
            return entities == null || entities.isBlank() ? List.of()
                : Arrays.stream(entities.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.of();
  }

  /** Configures a {@link PluginTestKit}. */
  public static final class Builder {
    private final String pluginId;
    private final List<String> entities = new ArrayList<>();
    private String migrations = PluginHeaders.DEFAULT_MIGRATIONS;
    private String username = "tester";
    private Set<String> permissions = Set.of("*");
    private Instant start = Instant.parse("2026-01-05T01:00:00Z");
    private ZoneId zone = ZoneId.of("Asia/Shanghai");

    private Builder(String pluginId) {
      String problem = PluginId.problem(pluginId);
      if (problem != null) {
        throw new IllegalArgumentException(problem);
      }
      this.pluginId = pluginId;
    }

    /** The entity classes; by default those in the plugin's built manifest. */
    public Builder entities(Class<?>... classes) {
      for (Class<?> type : classes) {
        entities.add(type.getName());
      }
      return this;
    }

    /** The class-path folder of migrations; default {@code db/migration}. */
    public Builder migrations(String folder) {
      this.migrations = folder;
      return this;
    }

    /** The signed-in user and the permissions granted ({@code *} for all); default {@code tester} with all. */
    public Builder user(String name, String... granted) {
      this.username = name;
      this.permissions = Set.of(granted);
      return this;
    }

    /** Where the clock starts and the company's time zone. */
    public Builder clock(Instant startAt, ZoneId timeZone) {
      this.start = startAt;
      this.zone = timeZone;
      return this;
    }

    /** Creates the database and the services. */
    public PluginTestKit start() {
      return new PluginTestKit(this);
    }
  }
}
