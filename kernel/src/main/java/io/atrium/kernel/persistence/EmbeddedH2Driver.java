package io.atrium.kernel.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * The H2 driver Atrium ships (inside the kernel jar), loaded by a class loader of its own. The
 * application server carries an older H2 that its class loaders prefer, and that one hands out
 * the same identity value to two concurrent inserts now and then (see decisions). Loaded apart,
 * the shipped version is the one that opens the embedded database, whatever the server brings.
 */
final class EmbeddedH2Driver {

  private static final Logger LOG = Logger.getLogger(EmbeddedH2Driver.class.getName());
  private static final String JAR = "/META-INF/atrium/driver/h2.jar";

  private EmbeddedH2Driver() {
  }

  /**
   * Loads the shipped driver, copying its jar into {@code cacheDir} first (a class loader needs a
   * file); falls back to the server's H2 when the kernel was built without it.
   */
  static Driver load(Path cacheDir) throws SQLException {
    URL shipped = EmbeddedH2Driver.class.getResource(JAR);
    try {
      if (shipped == null) {
        LOG.warning("The kernel carries no H2 driver; using the application server's H2");
        return (Driver) Class.forName("org.h2.Driver", true, EmbeddedH2Driver.class.getClassLoader())
            .getDeclaredConstructor().newInstance();
      }
      Path jar = copy(shipped, cacheDir);
      // the platform loader as parent: java.sql and the JDK, nothing of the server's
      ClassLoader loader = new URLClassLoader("atrium-h2", new URL[] {jar.toUri().toURL()},
          ClassLoader.getPlatformClassLoader());
      Driver driver = (Driver) Class.forName("org.h2.Driver", true, loader).getDeclaredConstructor().newInstance();
      LOG.info(() -> "The embedded database runs on H2 " + driver.getMajorVersion() + "." + driver.getMinorVersion()
          + " from " + jar);
      return driver;
    } catch (IOException | ReflectiveOperationException e) {
      throw new SQLException("The H2 driver for the embedded database cannot be loaded: " + e.getMessage(), e);
    }
  }

  private static Path copy(URL shipped, Path cacheDir) throws IOException {
    Files.createDirectories(cacheDir);
    Path target = cacheDir.resolve("h2.jar");
    Path partial = Files.createTempFile(cacheDir, "h2-", ".jar.part");
    try (InputStream in = shipped.openStream()) {
      Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
    }
    return target;
  }
}
