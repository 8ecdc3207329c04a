package io.atrium.kernel.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The settings the kernel needs before anything else runs: where data lives, which database,
 * safe mode. Read, in this order, from system properties ({@code -Datrium.data=...}), environment
 * variables ({@code ATRIUM_DATA}) and {@code conf/atrium.properties}. Plain Java on purpose: the
 * data source reads it while the container is still deploying.
 */
public final class KernelSettings {

  /** Installation folder: holds {@code conf/}, {@code plugins/} and, by default, {@code data/}. */
  public static final String HOME = "atrium.home";
  /** Data folder. */
  public static final String DATA = "atrium.data";
  /** Path of the properties file. */
  public static final String CONF = "atrium.conf";
  /** JDBC URL of the database; default an H2 file under the data folder. */
  public static final String DB_URL = "atrium.db.url";
  /** Database user. */
  public static final String DB_USER = "atrium.db.user";
  /** Database password. */
  public static final String DB_PASSWORD = "atrium.db.password";
  /** Folder of the built-in plugins. */
  public static final String BUILTIN_PLUGINS = "atrium.plugins.builtin";
  /** When true only built-in plugins load. */
  public static final String SAFE_MODE = "atrium.safe-mode";
  /** Password of the first administrator, used once at first start. */
  public static final String ADMIN_PASSWORD = "atrium.admin.password";
  /** Milliseconds between polls of the plugin folder. */
  public static final String PLUGIN_POLL = "atrium.plugins.poll-millis";
  /** How long a plugin may take to start. */
  public static final String PLUGIN_START_TIMEOUT = "atrium.plugins.start-timeout";
  /** The company's time zone. */
  public static final String TIMEZONE = "atrium.timezone";
  /** When true, administrators may set the clock through the REST API (tests only). */
  public static final String CLOCK_CONTROL = "atrium.testing.clock-control";
  /** A signed-in session ends after this long without a request. */
  public static final String SESSION_IDLE = "atrium.session.idle-timeout";
  /** A signed-in session ends this long after sign-in, however active. */
  public static final String SESSION_ABSOLUTE = "atrium.session.absolute-timeout";
  /** Failed sign-ins of one account within the window that lock it. */
  public static final String LOCKOUT_ACCOUNT_FAILURES = "atrium.login.account-failures";
  /** Failed sign-ins from one address within the window that block it. */
  public static final String LOCKOUT_ADDRESS_FAILURES = "atrium.login.address-failures";
  /** How long failed sign-ins are counted. */
  public static final String LOCKOUT_WINDOW = "atrium.login.window";
  /** How long the first lockout lasts; each further one of the same account twice as long. */
  public static final String LOCKOUT_DURATION = "atrium.login.lockout";
  /** The address users reach the portal at, e.g. {@code https://oa.example.com}; links in e-mails start with it. */
  public static final String BASE_URL = "atrium.base-url";
  /** E-mail address of the first administrator, given to {@code admin} while it has none. */
  public static final String ADMIN_EMAIL = "atrium.admin.email";

  /** Anonymous calls of one public REST method one client address may make at once. */
  public static final String PUBLIC_CALL_LIMIT = "atrium.api.public.limit";
  /** How long spent anonymous calls take to come back in full. */
  public static final String PUBLIC_CALL_PERIOD = "atrium.api.public.period";

  private final Map<String, String> environment;
  private final Properties system;
  private final Properties file;

  private KernelSettings(Map<String, String> environment, Properties system) {
    this.environment = environment;
    this.system = system;
    this.file = readFile(confPath(environment, system));
  }

  /** Reads the settings of this process. */
  public static KernelSettings load() {
    return new KernelSettings(System.getenv(), System.getProperties());
  }

  /** Reads settings from the given sources; for tests. */
  public static KernelSettings of(Map<String, String> environment, Properties system) {
    return new KernelSettings(environment, system);
  }

  /**
   * The value of a key from the first source that has a non-blank one; a blank value (such as
   * {@code ATRIUM_DB_URL=} in a compose file) counts as unset.
   */
  public Optional<String> get(String key) {
    return firstNonBlank(system.getProperty(key), environment.get(envName(key)), file.getProperty(key));
  }

  private static Optional<String> firstNonBlank(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return Optional.of(value.trim());
      }
    }
    return Optional.empty();
  }

  /** Values from {@code conf/atrium.properties} only, for the MicroProfile Config source. */
  public Properties fileProperties() {
    Properties copy = new Properties();
    copy.putAll(file);
    return copy;
  }

  /** The installation folder. */
  public Path home() {
    return get(HOME).map(Paths::get).orElse(Paths.get("")).toAbsolutePath().normalize();
  }

  /** The data folder. */
  public Path dataDir() {
    return get(DATA).map(Paths::get).orElse(home().resolve("data")).toAbsolutePath().normalize();
  }

  /** The folder administrators drop plugin jars into. */
  public Path pluginDataDir() {
    return dataDir().resolve("plugins");
  }

  /** The folder of built-in plugins. */
  public Path builtInPluginDir() {
    return get(BUILTIN_PLUGINS).map(Paths::get).orElse(home().resolve("plugins")).toAbsolutePath().normalize();
  }

  /**
   * The JDBC URL: configured, or an H2 database file under the data folder. H2 runs in its
   * LEGACY mode, which keeps the IDENTITY() function EclipseLink reads generated ids with.
   */
  public String databaseUrl() {
    String url = get(DB_URL).orElseGet(() -> "jdbc:h2:file:" + dataDir().resolve("db").resolve("atrium")
        + ";DB_CLOSE_ON_EXIT=FALSE");
    return withH2LegacyMode(url);
  }

  /** Adds {@code MODE=LEGACY} to an H2 URL that names no mode. */
  public static String withH2LegacyMode(String url) {
    if (url.startsWith("jdbc:h2:") && !url.toUpperCase(Locale.ROOT).contains(";MODE=")) {
      return url + ";MODE=LEGACY";
    }
    return url;
  }

  /** The database user. */
  public String databaseUser() {
    return get(DB_USER).orElse(databaseUrl().startsWith("jdbc:h2:") ? "sa" : "atrium");
  }

  /** The database password. */
  public String databasePassword() {
    return get(DB_PASSWORD).orElse("");
  }

  /** Whether only built-in plugins load. */
  public boolean safeMode() {
    return Boolean.parseBoolean(get(SAFE_MODE).orElse("false"));
  }

  /** Interval between polls of the plugin folder. */
  public Duration pluginPollInterval() {
    return Duration.ofMillis(Long.parseLong(get(PLUGIN_POLL).orElse("500")));
  }

  /** How long a plugin may take to start. */
  public Duration pluginStartTimeout() {
    return DurationText.parse(PLUGIN_START_TIMEOUT, get(PLUGIN_START_TIMEOUT).orElse("30s"));
  }

  /** Idle timeout of signed-in sessions (default 30 minutes). */
  public Duration sessionIdleTimeout() {
    return DurationText.parse(SESSION_IDLE, get(SESSION_IDLE).orElse("30m"));
  }

  /** Absolute timeout of signed-in sessions (default 12 hours). */
  public Duration sessionAbsoluteTimeout() {
    return DurationText.parse(SESSION_ABSOLUTE, get(SESSION_ABSOLUTE).orElse("12h"));
  }

  /** The sign-in lockout limits. */
  public io.atrium.kernel.security.LoginGuard.Limits loginLimits() {
    var defaults = io.atrium.kernel.security.LoginGuard.Limits.DEFAULT;
    return new io.atrium.kernel.security.LoginGuard.Limits(
        Integer.parseInt(get(LOCKOUT_ACCOUNT_FAILURES).orElse(String.valueOf(defaults.accountFailures()))),
        Integer.parseInt(get(LOCKOUT_ADDRESS_FAILURES).orElse(String.valueOf(defaults.addressFailures()))),
        DurationText.parse(LOCKOUT_WINDOW, get(LOCKOUT_WINDOW).orElse("15m")),
        DurationText.parse(LOCKOUT_DURATION, get(LOCKOUT_DURATION).orElse("15m")));
  }

  /** Anonymous calls of one public method per client address at once (default 10). */
  public int publicCallLimit() {
    String value = get(PUBLIC_CALL_LIMIT).orElse("10");
    try {
      int limit = Integer.parseInt(value);
      if (limit >= 1) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // reported below like a value below 1
    }
    throw new IllegalArgumentException(PUBLIC_CALL_LIMIT + " must be a whole number of calls, at least 1, not '"
        + value + "'");
  }

  /** How long spent anonymous calls take to come back (default 1 minute). */
  public Duration publicCallPeriod() {
    return DurationText.parse(PUBLIC_CALL_PERIOD, get(PUBLIC_CALL_PERIOD).orElse("1m"));
  }

  /** Whether tests may set the clock. */
  public boolean clockControl() {
    return Boolean.parseBoolean(get(CLOCK_CONTROL).orElse("false"));
  }

  /**
   * The portal's public address without a trailing slash, if configured.
   *
   * @throws IllegalArgumentException when it is not an absolute http or https URL
   */
  public Optional<String> baseUrl() {
    return get(BASE_URL).map(KernelSettings::checkBaseUrl);
  }

  private static String checkBaseUrl(String value) {
    java.net.URI uri;
    try {
      uri = new java.net.URI(value);
    } catch (java.net.URISyntaxException e) {
      uri = null;
    }
    if (uri == null || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null
        || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
      throw new IllegalArgumentException(BASE_URL + " must be the portal's address such as https://oa.example.com, "
          + "not '" + value + "'");
    }
    String text = uri.toString();
    while (text.endsWith("/")) {
      text = text.substring(0, text.length() - 1);
    }
    return text;
  }

  /** The environment variable that carries a key: {@code atrium.db.url} → {@code ATRIUM_DB_URL}. */
  public static String envName(String key) {
    return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }

  private static Path confPath(Map<String, String> environment, Properties system) {
    String conf = system.getProperty(CONF, environment.get(envName(CONF)));
    if (conf != null && !conf.isBlank()) {
      return Paths.get(conf.trim());
    }
    String home = system.getProperty(HOME, environment.get(envName(HOME)));
    return (home == null || home.isBlank() ? Paths.get("") : Paths.get(home.trim()))
        .resolve("conf").resolve("atrium.properties");
  }

  private static Properties readFile(Path path) {
    Properties properties = new Properties();
    if (Files.isRegularFile(path)) {
      try (InputStream in = Files.newInputStream(path)) {
        properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the configuration file " + path, e);
      }
    }
    return properties;
  }
}
