package io.atrium.sdk.persistence;

import org.osgi.annotation.versioning.ConsumerType;

/** Work that runs inside a transaction. A thrown exception rolls the transaction back. */
@ConsumerType
@FunctionalInterface
public interface TransactionalWork<T> {

  /** Does the work and returns its result. */
  T run() throws Exception;
}
