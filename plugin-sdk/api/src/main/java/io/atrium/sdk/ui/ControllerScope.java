package io.atrium.sdk.ui;

/** How long one controller instance lives. */
public enum ControllerScope {
  /** One instance per HTTP request. */
  REQUEST,
  /** One instance per view, kept across ajax requests on the same page. */
  VIEW,
  /** One instance per user session. */
  SESSION
}
