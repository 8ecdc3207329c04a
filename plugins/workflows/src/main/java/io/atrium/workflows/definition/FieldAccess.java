package io.atrium.workflows.definition;

/** What the people of a node may do with a record field while their task is open (字段权限). */
public enum FieldAccess {
  /** Not shown to them. */
  HIDDEN,
  /** Shown, not changed: the default. */
  READ,
  /** Shown and changed with their decision. */
  WRITE
}
