package io.atrium.sdk.identity;

/** Whether a person can sign in and receive work. */
public enum UserStatus {
  /** Works here and can sign in. */
  ACTIVE,
  /** Temporarily barred from signing in, e.g. locked by an administrator. */
  DISABLED,
  /** Left the company; kept for history, never assigned work. */
  LEFT
}
