package io.atrium.sdk.security;

/** What a user may do with one field of a resource, from narrow to wide. */
public enum FieldAccess {
  /** Not shown, not exported, not searchable. */
  HIDDEN,
  /** Shown, not changeable. */
  READ,
  /** Shown and changeable. */
  WRITE;

  /** The wider of two accesses. */
  public FieldAccess widest(FieldAccess other) {
    return other.ordinal() > ordinal() ? other : this;
  }

  /** Whether the field may be shown. */
  public boolean readable() {
    return this != HIDDEN;
  }

  /** Whether the field may be changed. */
  public boolean writable() {
    return this == WRITE;
  }
}
