package io.atrium.web.servlet;

import io.atrium.kernel.Kernel;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Boots the kernel when the web application starts, and defines the platform database {@code java:app/jdbc/atrium}. {@code ConfiguredDataSource} reads its
 * URL from the Atrium settings ({@code conf/atrium.properties}, {@code ATRIUM_DB_URL},
 * {@code -Datrium.db.url}), so one WAR fits H2 and PostgreSQL; the container pools the connections
 * and enlists them in JTA transactions.
 */
@DataSourceDefinition(
    name = "java:app/jdbc/atrium",
    className = "io.atrium.kernel.persistence.ConfiguredDataSource",
    transactional = true,
    initialPoolSize = 2,
    minPoolSize = 2,
    maxPoolSize = 32,
    maxIdleTime = 300)
@WebListener
public class PlatformDatabase implements ServletContextListener {

  @Inject
  Kernel kernel;

  /** Starts the kernel if {@link KernelStarter} has not already. */
  @Override
  public void contextInitialized(ServletContextEvent event) {
    kernel.start();
  }
}
