package io.atrium.sdk.persistence;

/** The database products Atrium runs on; plugins writing their own SQL or DDL switch on it. */
public enum Database {
  /** Embedded H2 (the default). */
  H2,
  /** PostgreSQL (production). */
  POSTGRESQL
}
