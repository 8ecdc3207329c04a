package io.atrium.sdk.portal;

/** The tabs of the unified to-do center. */
public enum TaskBox {
  /** Waiting for the user: 待办. */
  TODO,
  /** Handled by the user: 已办. */
  DONE,
  /** Copied to the user for information: 抄送我的. */
  CC,
  /** Started by the user: 我发起的. */
  STARTED
}
