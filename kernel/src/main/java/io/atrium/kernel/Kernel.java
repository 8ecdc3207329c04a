package io.atrium.kernel;

import io.atrium.kernel.config.KernelSettings;
import io.atrium.kernel.config.MicroProfilePluginConfig;
import io.atrium.kernel.event.EventSystem;
import io.atrium.kernel.expression.ElExpressions;
import io.atrium.kernel.pdf.HtmlPdfRenderer;
import io.atrium.kernel.pdf.PdfFonts;
import io.atrium.kernel.event.internal.Outbox;
import io.atrium.kernel.host.FelixPluginRuntime;
import io.atrium.kernel.host.FrameworkHost;
import io.atrium.kernel.host.HostServices;
import io.atrium.kernel.host.SystemPackages;
import io.atrium.kernel.host.Whiteboard;
import io.atrium.kernel.audit.Audit;
import io.atrium.kernel.audit.AuditReader;
import io.atrium.kernel.audit.AuditVerifier;
import io.atrium.kernel.audit.JdbcAudit;
import io.atrium.kernel.audit.JtaEnclosingTransaction;
import io.atrium.kernel.audit.PluginAuditLog;
import io.atrium.kernel.blob.BlobStores;
import io.atrium.sdk.blob.BlobStore;
import io.atrium.sdk.audit.AuditLog;
import io.atrium.kernel.identity.ChangeCounter;
import io.atrium.kernel.identity.DirectoryService;
import io.atrium.kernel.identity.DirectorySourceStore;
import io.atrium.kernel.identity.DirectorySources;
import io.atrium.kernel.identity.DirectorySync;
import io.atrium.kernel.identity.SyncSource;
import io.atrium.kernel.identity.ldap.LdapAdmin;
import io.atrium.kernel.identity.ldap.LdapConfig;
import io.atrium.kernel.identity.ldap.LdapDirectory;
import io.atrium.kernel.identity.ldap.LdapSignIn;
import io.atrium.kernel.security.SecretBox;
import io.atrium.sdk.identity.DirectorySource;
import io.atrium.kernel.identity.IdentityStore;
import io.atrium.kernel.identity.OrgAdmin;
import io.atrium.kernel.identity.OrgImport;
import io.atrium.kernel.security.policy.DefaultAccessService;
import io.atrium.kernel.security.policy.PolicyService;
import io.atrium.kernel.security.policy.RoleAdmin;
import io.atrium.kernel.security.policy.RoleStore;
import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.security.AccessService;
import io.atrium.kernel.metrics.MicroProfilePluginMetrics;
import io.atrium.kernel.notify.NotificationService;
import io.atrium.kernel.notify.mail.EmailChannel;
import io.atrium.kernel.notify.mail.MailSettings;
import io.atrium.sdk.notify.NotificationChannel;
import io.atrium.sdk.notify.Notifier;
import io.atrium.kernel.persistence.DatabaseDialect;
import io.atrium.kernel.persistence.Jdbc;
import io.atrium.kernel.persistence.JtaEnvironment;
import io.atrium.kernel.persistence.SchemaMigrator;
import io.atrium.kernel.persistence.internal.BundlePersistence;
import io.atrium.kernel.persistence.internal.JtaTransactions;
import io.atrium.kernel.persistence.internal.PluginUnits;
import io.atrium.kernel.plugin.DataPluginFolder;
import io.atrium.kernel.plugin.PluginId;
import io.atrium.kernel.plugin.PluginInfo;
import io.atrium.kernel.plugin.PluginRegistry;
import io.atrium.kernel.plugin.PluginValidator;
import io.atrium.kernel.plugin.internal.DataDirWatcher;
import io.atrium.kernel.plugin.internal.DefaultPluginRegistry;
import io.atrium.kernel.plugin.internal.JdbcPluginStore;
import io.atrium.kernel.portal.GlobalSearch;
import io.atrium.kernel.portal.PortalParts;
import io.atrium.kernel.portal.ProviderCalls;
import io.atrium.kernel.portal.TaskCenter;
import io.atrium.kernel.portal.Workbench;
import io.atrium.kernel.rest.internal.EndpointTable;
import io.atrium.kernel.rest.internal.PluginRoutes;
import io.atrium.kernel.scheduler.JobScheduler;
import io.atrium.kernel.scheduler.internal.DbJobScheduler;
import io.atrium.kernel.security.AccountStore;
import io.atrium.kernel.security.InitialAdmin;
import io.atrium.kernel.security.LoginGuard;
import io.atrium.kernel.security.SessionRegistry;
import io.atrium.kernel.security.ShiroCurrentUser;
import io.atrium.kernel.tabular.FileSpreadsheets;
import io.atrium.kernel.time.CalendarDayStore;
import io.atrium.kernel.time.KernelClock;
import io.atrium.kernel.time.WorkingCalendar;
import io.atrium.kernel.time.WorkingHours;
import io.atrium.kernel.ui.UiRegistry;
import io.atrium.sdk.config.ConfigSchema;
import io.atrium.sdk.config.PluginConfig;
import io.atrium.sdk.event.EventPublisher;
import io.atrium.sdk.expression.Expressions;
import io.atrium.sdk.pdf.PdfRenderer;
import io.atrium.sdk.health.HealthContributor;
import io.atrium.sdk.metrics.PluginMetrics;
import io.atrium.sdk.persistence.Database;
import io.atrium.sdk.persistence.PluginPersistence;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.plugin.PluginDescriptor;
import io.atrium.sdk.plugin.PluginFolder;
import io.atrium.sdk.plugin.PluginState;
import io.atrium.sdk.plugin.Plugins;
import io.atrium.sdk.portal.SearchProvider;
import io.atrium.sdk.portal.TaskProvider;
import io.atrium.sdk.portal.WorkbenchWidget;
import io.atrium.sdk.scheduler.JobHandler;
import io.atrium.sdk.scheduler.Scheduler;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.security.PermissionContribution;
import io.atrium.sdk.table.Spreadsheets;
import io.atrium.sdk.time.AtriumClock;
import io.atrium.sdk.time.BusinessCalendar;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryType;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;

/**
 * Boots and stops the platform: database migrations, the OSGi framework, host services, the
 * scheduler and the plugins. Everything else in the web application reaches the kernel's parts
 * through the producers here.
 */
@ApplicationScoped
public class Kernel {

  private static final Logger LOG = Logger.getLogger(Kernel.class.getName());

  /** JNDI name of the platform database, defined by {@code @DataSourceDefinition} in the web application. */
  public static final String DATASOURCE = "java:app/jdbc/atrium";

  @Inject
  @RegistryType(type = MetricRegistry.Type.APPLICATION)
  MetricRegistry metrics;

  @Resource
  TransactionSynchronizationRegistry synchronizationRegistry;

  private DataSource dataSource;

  private volatile boolean ready;
  private Thread bootThread;
  private volatile String failure;
  private KernelSettings settings;
  private DatabaseDialect dialect;
  private KernelClock clock;
  private AccountStore accounts;
  private IdentityStore identities;
  private ChangeCounter changes;
  private DirectoryService directory;
  private RoleStore roles;
  private PolicyService policies;
  private OrgAdmin orgAdmin;
  private RoleAdmin roleAdmin;
  private Audit audit;
  private AuditReader auditReader;
  private AuditVerifier auditVerifier;
  private Transactions transactions;
  private LoginGuard loginGuard;
  private CalendarDayStore calendarDays;
  private WorkingCalendar calendar;
  private OrgImport orgImport;
  private Spreadsheets spreadsheets;
  private final SessionRegistry sessions = new SessionRegistry();
  private Whiteboard<DirectorySource> directoryPlugins;
  private LdapDirectory ldapDirectory;
  private LdapAdmin ldapAdmin;
  private LdapSignIn ldapSignIn;
  private DirectorySources directorySources;
  private DirectorySync directorySync;
  private FrameworkHost framework;
  private PluginUnits units;
  private EventSystem events;
  private DbJobScheduler scheduler;
  private HostServices hostServices;
  private FelixPluginRuntime runtime;
  private DefaultPluginRegistry registry;
  private DataDirWatcher watcher;
  private UiRegistry ui;
  private PluginRoutes restRoutes;
  private Whiteboard<HealthContributor> healthContributors;
  private Whiteboard<PermissionContribution> permissions;
  private Whiteboard<ConfigSchema> configSchemas;
  private Whiteboard<JobHandler> jobHandlers;
  private Whiteboard<NotificationChannel> notificationChannels;
  private NotificationService notifications;
  private ProviderCalls providerCalls;
  private GlobalSearch globalSearch;
  private Workbench workbench;
  private TaskCenter taskCenter;
  private Version sdkVersion;
  private long startedAt;

  /**
   * Boots the kernel on a thread of its own, so that it overlaps with the rest of the web
   * application's start (Faces, Shiro); {@code /health/ready} answers DOWN until it is done. Called
   * once the container has bound the platform database; later calls do nothing.
   */
  public synchronized void start() {
    if (bootThread != null || ready || failure != null) {
      return;
    }
    long begin = System.nanoTime();
    DataSource platformDatabase;
    try {
      // java:app names resolve only on container threads, so look it up here
      platformDatabase = (DataSource) new InitialContext().lookup(DATASOURCE);
    } catch (Exception e) {
      failure = e.toString();
      LOG.log(Level.SEVERE, "The Atrium kernel cannot reach its database " + DATASOURCE + ": " + e.getMessage(), e);
      return;
    }
    ClassLoader application = Thread.currentThread().getContextClassLoader();
    bootThread = new Thread(() -> bootSafely(platformDatabase, begin), "atrium-kernel-boot");
    bootThread.setContextClassLoader(application);
    bootThread.setDaemon(true);
    bootThread.start();
  }

  private void bootSafely(DataSource platformDatabase, long begin) {
    try {
      boot(platformDatabase);
      startedAt = System.currentTimeMillis();
      ready = true;
      LOG.info(() -> String.format("Atrium kernel ready in %d ms: %d plugin(s), data in %s%s",
          (System.nanoTime() - begin) / 1_000_000, registry.list().size(), settings.dataDir(),
          settings.safeMode() ? " (SAFE MODE: built-in plugins only)" : ""));
    } catch (Exception | LinkageError e) {
      failure = e.toString();
      LOG.log(Level.SEVERE, "The Atrium kernel failed to start: " + e.getMessage(), e);
    }
  }

  /** Waits until the boot thread is done (ready or failed); false when the time ran out. */
  public boolean awaitBoot(Duration timeout) {
    Thread thread;
    synchronized (this) {
      thread = bootThread;
    }
    if (thread == null) {
      return true;
    }
    try {
      thread.join(Math.max(1, timeout.toMillis()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return !thread.isAlive();
  }

  private void boot(DataSource platformDatabase) throws Exception {
    settings = KernelSettings.load();
    dataSource = platformDatabase;
    JtaEnvironment.install((TransactionManager) new InitialContext().lookup("java:appserver/TransactionManager"),
        synchronizationRegistry);
    try {
      // begun through it, a transaction is known to the pool also on threads with a component invocation
      JtaEnvironment.install((jakarta.transaction.UserTransaction) new InitialContext()
          .lookup("java:comp/UserTransaction"));
    } catch (javax.naming.NamingException e) {
      LOG.log(Level.WARNING, "No java:comp/UserTransaction: JDBC work on kernel threads may not join transactions", e);
    }
    dialect = DatabaseDialect.of(dataSource);
    SchemaMigrator migrator = new SchemaMigrator(dataSource, dialect);
    migrator.migrate("the kernel", "atrium_", "classpath:db/atrium");
    Jdbc jdbc = new Jdbc(dataSource);
    clock = new KernelClock(settings.get(KernelSettings.TIMEZONE).map(ZoneId::of).orElse(ZoneId.systemDefault()));
    accounts = new AccountStore(jdbc);
    identities = new IdentityStore(jdbc);
    changes = new ChangeCounter(jdbc, Clock.systemUTC());
    directory = new DirectoryService(identities, changes);
    roles = new RoleStore(jdbc);
    policies = new PolicyService(roles, identities, directory, changes);
    audit = new JdbcAudit(dataSource, new JtaEnclosingTransaction(), clock);
    auditReader = new AuditReader(jdbc);
    auditVerifier = new AuditVerifier(jdbc);
    InitialAdmin.ensure(accounts, settings.get(KernelSettings.ADMIN_PASSWORD), settings.dataDir(), clock.now());
    settings.get(KernelSettings.ADMIN_EMAIL).ifPresent(email -> accounts.fillMissingEmail(InitialAdmin.USERNAME, email));

    sdkVersion = sdkVersion();
    framework = new FrameworkHost(settings.dataDir().resolve("cache").resolve("felix"));
    BundleContext context = framework.start();
    transactions = new JtaTransactions();
    orgAdmin = new OrgAdmin(identities, changes, transactions, audit, clock.asClock());
    roleAdmin = new RoleAdmin(roles, identities, changes, transactions, audit);
    // the same reader as the plugins' imports (decision 53): one set of content checks
    spreadsheets = new FileSpreadsheets();
    orgImport = new OrgImport(identities, orgAdmin, roles, roleAdmin, transactions, spreadsheets);
    loginGuard = new LoginGuard(jdbc, clock.asClock(), settings.loginLimits());
    calendarDays = new CalendarDayStore(jdbc, dialect, Clock.systemUTC());
    calendar = new WorkingCalendar(workingHours(settings), calendarDays, clock);
    orgAdmin.onDeactivated(userId -> {
      sessions.endAllOf(userId, null);
      accounts.revokeAllTokens(userId, clock.now());
    });
    units = new PluginUnits(dataSource);
    events = new Outbox(context, jdbc, dialect, transactions, clock, this::isInstalled);
    jobHandlers = new Whiteboard<>(context, JobHandler.class);
    notificationChannels = new Whiteboard<>(context, NotificationChannel.class);
    notifications = notifications(jdbc, transactions);
    bootDirectory(context, jdbc, transactions);
    directorySync.onDeactivated(userId -> {
      sessions.endAllOf(userId, null);
      accounts.revokeAllTokens(userId, clock.now());
    });
    scheduler = new DbJobScheduler(dataSource, jobHandlers, this::isInstalled, clock,
        List.of(new DbJobScheduler.KernelJob("outbox-purge", Duration.ofHours(6), events::purge),
            new DbJobScheduler.KernelJob("notification-purge", Duration.ofHours(6), notifications::purge),
            new DbJobScheduler.KernelJob("directory-sync", Duration.ofMinutes(1), directorySources::runDue)));
    clock.onChange(scheduler::clockMoved);
    healthContributors = new Whiteboard<>(context, HealthContributor.class);
    permissions = new Whiteboard<>(context, PermissionContribution.class);
    configSchemas = new Whiteboard<>(context, ConfigSchema.class);
    Config config = ConfigProvider.getConfig(Kernel.class.getClassLoader());

    runtime = new FelixPluginRuntime(context, migrator, units, settings.pluginStartTimeout());
    registry = new DefaultPluginRegistry(new PluginValidator(sdkVersion), runtime, new JdbcPluginStore(jdbc),
        settings.builtInPluginDir(), settings.pluginDataDir(), settings.safeMode(), Clock.systemUTC());
    Plugins pluginsView = new PluginsView(registry);
    ui = new UiRegistry(context, pluginsView, runtime::bundle);
    restRoutes = new PluginRoutes(context, ui::isActive, EndpointTable::kernelPaths);
    registry.addListener(this::pluginChanged);
    startPortal(context);

    CurrentUser currentUser = new ShiroCurrentUser();
    BlobStores blobs = BlobStores.forKernel(settings.dataDir(), jdbc, clock.asClock(), currentUser::locale);
    hostServices = new HostServices(context)
        .shared(Plugins.class, pluginsView)
        .shared(Transactions.class, transactions)
        .shared(AtriumClock.class, clock)
        .shared(BusinessCalendar.class, calendar)
        .shared(CurrentUser.class, currentUser)
        .shared(Directory.class, directory)
        .shared(AccessService.class, new DefaultAccessService(policies, currentUser))
        .shared(Expressions.class, new ElExpressions(clock))
        .shared(PdfRenderer.class, new HtmlPdfRenderer(findFontsAside(settings)))
        .shared(Spreadsheets.class, spreadsheets)
        .perPlugin(BlobStore.class, blobs::storeFor)
        .perPlugin(PluginFolder.class, id -> new DataPluginFolder(settings.dataDir(), id))
        .perPlugin(PluginPersistence.class, id -> new BundlePersistence(id, PluginId.tablePrefix(id), units, dataSource,
            dialect.database()))
        .perPlugin(EventPublisher.class, events::publisherFor)
        .perPlugin(Scheduler.class, scheduler::schedulerFor)
        .perPlugin(PluginConfig.class, id -> new MicroProfilePluginConfig(id, config, configSchemas))
        .perPlugin(PluginMetrics.class, id -> new MicroProfilePluginMetrics(id, metrics))
        .perPlugin(Notifier.class, notifications::notifierFor)
        .perPlugin(AuditLog.class, id -> new PluginAuditLog(id, audit, auditReader));

    watcher = new DataDirWatcher(settings.pluginDataDir(), settings.pluginPollInterval().toMillis(),
        registry::onDataFileChanged, registry::onDataFileRemoved);
    watcher.snapshot();
    registry.boot();
    notifications.start();
    scheduler.start();
    watcher.start();
  }

  /** The notifications with the built-in e-mail channel; texts of plugins come from the UI registry once it exists. */
  private NotificationService notifications(Jdbc jdbc, Transactions transactions) {
    String baseUrl = settings.baseUrl().orElse(null);
    MailSettings.Setup mail = MailSettings.read(settings::get);
    mail.usable().ifPresentOrElse(m -> LOG.info("E-mail notifications go out through " + m
        + (baseUrl == null ? "; set " + KernelSettings.BASE_URL + " so that they carry links" : "")),
        () -> LOG.info("E-mail notifications are off: " + mail.problem()));
    return new NotificationService(jdbc, dialect, identities, transactions, clock,
        List.of(new EmailChannel(mail, baseUrl)), notificationChannels::all,
        (pluginId, key, locale) -> ui == null ? Optional.empty() : ui.text(pluginId, key, locale), baseUrl,
        this::isInstalled);
  }

  /** The whiteboards of the portal SPIs and what merges them: search, workbench cards, to-do center. */
  private void startPortal(BundleContext context) {
    providerCalls = new ProviderCalls(32);
    Whiteboard<SearchProvider> searchProviders = new Whiteboard<>(context, SearchProvider.class);
    Whiteboard<WorkbenchWidget> widgets = new Whiteboard<>(context, WorkbenchWidget.class);
    Whiteboard<TaskProvider> taskProviders = new Whiteboard<>(context, TaskProvider.class);
    globalSearch = new GlobalSearch(new PortalParts<>(searchProviders::all, ui::isActive, ui::text), providerCalls,
        GlobalSearch.BUDGET);
    workbench = new Workbench(new PortalParts<>(widgets::all, ui::isActive, ui::text), providerCalls,
        Workbench.BUDGET);
    taskCenter = new TaskCenter(new PortalParts<>(taskProviders::all, ui::isActive, ui::text), providerCalls,
        TaskCenter.BUDGET, audit);
  }

  /** Directory sources (LDAP and plugins'), their syncs, and the secret box sealing the LDAP password. */
  private void bootDirectory(BundleContext context, Jdbc jdbc, Transactions transactions) {
    DirectorySourceStore sourceStore = new DirectorySourceStore(jdbc);
    Path dataDir = settings.dataDir();
    // the key file is created when the first secret is sealed, not at every boot
    Supplier<SecretBox> secrets = new Supplier<>() {
      private SecretBox box;

      @Override
      public synchronized SecretBox get() {
        if (box == null) {
          box = SecretBox.forDataDir(dataDir);
        }
        return box;
      }
    };
    LdapConfig ldapConfig = new LdapConfig(sourceStore, secrets, clock.asClock());
    directorySync = new DirectorySync(identities, changes, transactions, clock.asClock());
    ldapDirectory = new LdapDirectory(ldapConfig, null);
    ldapAdmin = new LdapAdmin(ldapConfig, identities, audit, null);
    ldapSignIn = new LdapSignIn(ldapConfig, identities, directorySync, null);
    directoryPlugins = new Whiteboard<>(context, DirectorySource.class);
    directorySources = new DirectorySources(sourceStore, directorySync, this::syncSources, transactions,
        clock.asClock());
  }

  /** The sources that can be synced now: LDAP once configured, then the plugins'. */
  private List<SyncSource> syncSources() {
    List<SyncSource> sources = new java.util.ArrayList<>();
    if (ldapDirectory.configured()) {
      sources.add(ldapDirectory);
    }
    for (var contribution : directoryPlugins.all()) {
      try {
        sources.add(SyncSource.of(contribution.pluginId(), contribution.service()));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "The directory source of plugin " + contribution.pluginId() + " failed to name itself",
            e);
      }
    }
    return sources;
  }

  /** Whether a plugin is installed at all (running or not); work for plugins that are gone is dropped. */
  private boolean isInstalled(String pluginId) {
    DefaultPluginRegistry current = registry;
    return current == null || current.find(pluginId).isPresent();
  }

  private void pluginChanged(PluginInfo info) {
    ui.pluginChanged(info.id());
    if (info.state() != PluginState.ACTIVE && info.state() != PluginState.STARTING) {
      MicroProfilePluginMetrics.removeAll(metrics, info.id());
    }
  }

  /** Stops plugins, scheduler and framework when the application stops. */
  @PreDestroy
  void stop() {
    if (!awaitBoot(Duration.ofSeconds(60))) {
      LOG.warning("The Atrium kernel is still booting after 60 s; stopping what has started so far");
    }
    ready = false;
    closeQuietly(watcher);
    if (registry != null) {
      registry.shutdown();
    }
    closeQuietly(scheduler);
    closeQuietly(notifications);
    closeQuietly(notificationChannels);
    closeQuietly(events);
    closeQuietly(ui);
    closeQuietly(restRoutes);
    closeQuietly(providerCalls);
    closeQuietly(hostServices);
    if (framework != null) {
      framework.stop();
    }
    if (units != null) {
      units.closeAll();
    }
    closeEmbeddedDatabase();
    LOG.info("Atrium kernel stopped");
  }

  /**
   * Closes the embedded H2 database, which writes what it still holds in memory. It is opened with
   * {@code DB_CLOSE_ON_EXIT=FALSE} so that it outlives the server's own shutdown; left unclosed, H2
   * drops the last commits at exit and can hand out identity values that rows already have.
   */
  private void closeEmbeddedDatabase() {
    if (dialect == null || dialect.database() != Database.H2) {
      return;
    }
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Closing the embedded database failed; it recovers at the next start", e);
    }
  }

  /** Whether the kernel finished booting. */
  public boolean isReady() {
    return ready;
  }

  /** Why the kernel failed to boot, if it did. */
  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }

  /** The settings. */
  public KernelSettings settings() {
    return settings;
  }

  /** The SDK version this server provides. */
  public Version providedSdkVersion() {
    return sdkVersion;
  }

  /** The Felix-backed runtime, for details about running plugins. */
  public FelixPluginRuntime runtime() {
    return runtime;
  }

  /** The database dialect. */
  public DatabaseDialect dialect() {
    return dialect;
  }

  /** The platform data source. */
  public DataSource dataSource() {
    return dataSource;
  }

  /** When the kernel became ready, in epoch milliseconds. */
  public long startedAt() {
    return startedAt;
  }

  /** Health checks contributed by plugins. */
  public Whiteboard<HealthContributor> healthContributors() {
    return healthContributors;
  }

  /** Permissions declared by plugins. */
  public Whiteboard<PermissionContribution> permissionContributions() {
    return permissions;
  }

  /** The event system. */
  public EventSystem events() {
    return events;
  }

  @Produces
  PluginRegistry pluginRegistry() {
    return requireReady(registry);
  }

  @Produces
  AccountStore accountStore() {
    return requireReady(accounts);
  }

  @Produces
  IdentityStore identityStore() {
    return requireReady(identities);
  }

  @Produces
  DirectoryService directoryService() {
    return requireReady(directory);
  }

  @Produces
  PolicyService policyService() {
    return requireReady(policies);
  }

  @Produces
  RoleStore roleStore() {
    return requireReady(roles);
  }

  @Produces
  OrgAdmin orgAdmin() {
    return requireReady(orgAdmin);
  }

  @Produces
  RoleAdmin roleAdmin() {
    return requireReady(roleAdmin);
  }

  @Produces
  OrgImport orgImport() {
    return requireReady(orgImport);
  }

  @Produces
  LoginGuard loginGuard() {
    return requireReady(loginGuard);
  }

  @Produces
  CalendarDayStore calendarDays() {
    return requireReady(calendarDays);
  }

  @Produces
  WorkingCalendar businessCalendar() {
    return requireReady(calendar);
  }

  @Produces
  SessionRegistry sessionRegistry() {
    return sessions;
  }

  @Produces
  Transactions transactions() {
    return requireReady(transactions);
  }

  @Produces
  Audit audit() {
    return requireReady(audit);
  }

  @Produces
  NotificationService notificationService() {
    return requireReady(notifications);
  }

  @Produces
  AuditReader auditReader() {
    return requireReady(auditReader);
  }

  @Produces
  AuditVerifier auditVerifier() {
    return requireReady(auditVerifier);
  }

  @Produces
  DirectorySources directorySources() {
    return requireReady(directorySources);
  }

  @Produces
  DirectorySync directorySync() {
    return requireReady(directorySync);
  }

  @Produces
  LdapAdmin ldapAdmin() {
    return requireReady(ldapAdmin);
  }

  @Produces
  LdapSignIn ldapSignIn() {
    return requireReady(ldapSignIn);
  }

  @Produces
  UiRegistry uiRegistry() {
    return requireReady(ui);
  }

  @Produces
  PluginRoutes pluginRoutes() {
    return requireReady(restRoutes);
  }

  @Produces
  GlobalSearch globalSearch() {
    return requireReady(globalSearch);
  }

  @Produces
  Workbench workbench() {
    return requireReady(workbench);
  }

  @Produces
  TaskCenter taskCenter() {
    return requireReady(taskCenter);
  }

  @Produces
  KernelClock kernelClock() {
    return requireReady(clock);
  }

  private <T> T requireReady(T part) {
    if (!ready || part == null) {
      throw new IllegalStateException(failure == null ? "Atrium is still starting" : "Atrium failed to start: "
          + failure);
    }
    return part;
  }

  /** The usual working week from the settings; a bad value is logged and the default used. */
  private static WorkingHours workingHours(KernelSettings settings) {
    String weekdays = settings.get(WorkingHours.WEEKDAYS).orElse("MON,TUE,WED,THU,FRI");
    String hours = settings.get(WorkingHours.HOURS).orElse("09:00-12:00,13:00-18:00");
    try {
      return WorkingHours.parse(weekdays, hours);
    } catch (IllegalArgumentException e) {
      LOG.severe(() -> "The business calendar settings " + WorkingHours.WEEKDAYS + "=" + weekdays + " and "
          + WorkingHours.HOURS + "=" + hours + " are not valid (" + e.getMessage() + "); using "
          + WorkingHours.DEFAULT);
      return WorkingHours.DEFAULT;
    }
  }

  /** Opening the font files takes a while and only PDFs need them: found aside, off the start-up path. */
  private static Future<PdfFonts> findFontsAside(KernelSettings settings) {
    Optional<Path> configured = settings.get(PdfFonts.SETTING).map(Path::of);
    FutureTask<PdfFonts> task = new FutureTask<>(() -> PdfFonts.find(configured, PdfFonts.SYSTEM_FOLDERS));
    Thread finder = new Thread(task, "atrium-pdf-fonts");
    finder.setDaemon(true);
    finder.start();
    return task;
  }

  private static Version sdkVersion() {
    Version version = Version.parseVersion(sdkBundleVersion());
    return new Version(version.getMajor(), version.getMinor(), version.getMicro());
  }

  private static String sdkBundleVersion() {
    try {
      var manifests = Kernel.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
      while (manifests.hasMoreElements()) {
        try (var in = manifests.nextElement().openStream()) {
          var attributes = new java.util.jar.Manifest(in).getMainAttributes();
          String name = attributes.getValue("Bundle-SymbolicName");
          if (name != null && name.startsWith("io.atrium.sdk")) {
            return attributes.getValue("Bundle-Version");
          }
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    throw new IllegalStateException("The SDK jar has no Bundle-Version");
  }

  private static void closeQuietly(AutoCloseable closeable) {
    if (closeable == null) {
      return;
    }
    try {
      closeable.close();
    } catch (Exception e) {
      LOG.log(Level.WARNING, "Stopping " + closeable.getClass().getSimpleName() + " failed", e);
    }
  }

  /** The SDK's read-only view of the registry. */
  private record PluginsView(PluginRegistry registry) implements Plugins {
    @Override
    public List<PluginDescriptor> list() {
      return List.copyOf(registry.list());
    }

    @Override
    public Optional<PluginDescriptor> find(String id) {
      return registry.find(id).map(PluginDescriptor.class::cast);
    }
  }

  /** The data folder, for components that store files. */
  public Path dataDir() {
    return settings.dataDir();
  }
}
