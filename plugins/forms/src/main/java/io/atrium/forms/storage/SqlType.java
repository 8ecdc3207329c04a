package io.atrium.forms.storage;

/** The column types generated record tables use. */
public enum SqlType {
  /** Text up to a length. */
  VARCHAR,
  /** Long text ({@code CLOB} on H2, {@code TEXT} on PostgreSQL). */
  CLOB,
  /** 64-bit integer. */
  BIGINT,
  /** Exact decimal with a scale. */
  NUMERIC,
  /** Calendar date. */
  DATE,
  /** Instant, as {@code TIMESTAMP WITH TIME ZONE}, written in UTC. */
  TIMESTAMP,
  /** Time of day. */
  TIME,
  /** True or false. */
  BOOLEAN
}
