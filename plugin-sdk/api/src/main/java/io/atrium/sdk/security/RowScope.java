package io.atrium.sdk.security;

/** Which rows of a resource a role reaches, from narrow to wide. */
public enum RowScope {
  /** No rows. */
  NONE,
  /** Rows the user owns. */
  OWN,
  /** Rows owned by the user's department. */
  DEPARTMENT,
  /** Rows owned by the user's department or any department below it. */
  DEPARTMENT_TREE,
  /** Every row. */
  ALL;

  /** The wider of two scopes. */
  public RowScope widest(RowScope other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
