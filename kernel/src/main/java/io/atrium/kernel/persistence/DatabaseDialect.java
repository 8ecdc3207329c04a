package io.atrium.kernel.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/** The two databases Atrium runs on, and the few things that differ between them. */
public enum DatabaseDialect {
  /** Embedded H2, the default. */
  H2("BLOB", "CLOB"),
  /** PostgreSQL, for production. */
  POSTGRESQL("BYTEA", "TEXT");

  private final String blobType;
  private final String clobType;

  DatabaseDialect(String blobType, String clobType) {
    this.blobType = blobType;
    this.clobType = clobType;
  }

  /** The same product as the SDK names it. */
  public io.atrium.sdk.persistence.Database database() {
    return this == H2 ? io.atrium.sdk.persistence.Database.H2 : io.atrium.sdk.persistence.Database.POSTGRESQL;
  }

  /** Finds out which database a data source talks to. */
  public static DatabaseDialect of(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return ofProductName(connection.getMetaData().getDatabaseProductName());
    }
  }

  /** Maps a JDBC product name. */
  public static DatabaseDialect ofProductName(String productName) {
    String name = productName.toLowerCase(Locale.ROOT);
    if (name.contains("postgres")) {
      return POSTGRESQL;
    }
    if (name.contains("h2")) {
      return H2;
    }
    throw new IllegalStateException("Atrium runs on H2 or PostgreSQL, not on " + productName);
  }

  /**
   * Placeholders every migration script can use besides {@code ${prefix}}: {@code ${blob}} for
   * binary data and {@code ${clob}} for long text.
   */
  public Map<String, String> placeholders() {
    return Map.of("blob", blobType, "clob", clobType);
  }
}
