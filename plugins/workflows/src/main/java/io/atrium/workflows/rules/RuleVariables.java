package io.atrium.workflows.rules;

import java.util.Set;

/** The names rule expressions see besides the record's fields. */
public final class RuleVariables {

  /** The record's values before the change, by field (empty unless updated). */
  public static final String OLD = "old";
  /** The names of the changed fields (empty unless updated). */
  public static final String CHANGED = "changed";
  /** The user id of who caused the event, or null for the system. */
  public static final String ACTOR = "actor";
  /** The user id of the record's owner, or null. */
  public static final String OWNER = "owner";
  /** The approval outcome ({@code approved}, {@code rejected}, {@code withdrawn}) of an approval trigger. */
  public static final String OUTCOME = "outcome";
  /** The record's id, or null for a schedule. */
  public static final String RECORD_ID = "recordId";

  /** All of them. */
  public static final Set<String> BUILT_IN = Set.of(OLD, CHANGED, ACTOR, OWNER, OUTCOME, RECORD_ID);

  private RuleVariables() {
  }
}
