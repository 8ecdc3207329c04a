package io.atrium.kernel.persistence;

import io.atrium.kernel.config.KernelSettings;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The JDBC data source behind the container's connection pool {@code java:app/jdbc/atrium}. It
 * reads URL, user and password from {@link KernelSettings} when the pool opens its first
 * connection, so one WAR runs on the embedded H2 file or on PostgreSQL without repackaging. The
 * pool wraps it, so connections join JTA transactions.
 */
public class ConfiguredDataSource implements DataSource {

  private volatile Driver driver;
  private volatile String url;
  private volatile Properties credentials;
  private int loginTimeout;
  private PrintWriter logWriter;

  /** Used by the container's pool. */
  public ConfiguredDataSource() {
  }

  @Override
  public Connection getConnection() throws SQLException {
    resolve();
    Connection connection = driver.connect(url, credentials);
    if (connection == null) {
      throw new SQLException("The JDBC driver " + driver.getClass().getName() + " does not accept " + url);
    }
    return connection;
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return getConnection();
  }

  private void resolve() throws SQLException {
    if (driver != null) {
      return;
    }
    synchronized (this) {
      if (driver != null) {
        return;
      }
      KernelSettings settings = KernelSettings.load();
      String configuredUrl = settings.databaseUrl();
      Properties props = new Properties();
      props.setProperty("user", settings.databaseUser());
      props.setProperty("password", settings.databasePassword());
      this.credentials = props;
      this.url = configuredUrl;
      this.driver = configuredUrl.startsWith("jdbc:h2:")
          ? EmbeddedH2Driver.load(settings.dataDir().resolve("cache").resolve("driver"))
          : loadDriver(configuredUrl);
    }
  }

  private static Driver loadDriver(String url) throws SQLException {
    String className;
    if (url.startsWith("jdbc:postgresql:")) {
      className = "org.postgresql.Driver";
    } else {
      throw new SQLException("Atrium runs on H2 (jdbc:h2:...) or PostgreSQL (jdbc:postgresql:...); "
          + KernelSettings.DB_URL + " is " + url);
    }
    try {
      return (Driver) Class.forName(className, true, ConfiguredDataSource.class.getClassLoader())
          .getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new SQLException("The JDBC driver " + className + " is missing", e);
    }
  }

  /** Ignored: the URL comes from the Atrium settings, so one WAR fits every installation. */
  public void setUrl(String ignored) {
    // settings decide
  }

  /** Ignored, see {@link #setUrl}. */
  public void setServerName(String ignored) {
    // settings decide
  }

  /** Ignored, see {@link #setUrl}. */
  public void setPortNumber(int ignored) {
    // settings decide
  }

  /** Ignored, see {@link #setUrl}. */
  public void setDatabaseName(String ignored) {
    // settings decide
  }

  /** Ignored, see {@link #setUrl}. */
  public void setUser(String ignored) {
    // settings decide
  }

  /** Ignored, see {@link #setUrl}. */
  public void setPassword(String ignored) {
    // settings decide
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    throw new SQLException("Not a wrapper of " + iface.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }
}
