package io.atrium.workflows.rules.run;

/** Counts what a person has open (e.g. leads they own that are not closed), for least-loaded assignment. */
@FunctionalInterface
public interface OpenItems {

  /** The number of open items of a user. */
  long openCount(long userId);
}
