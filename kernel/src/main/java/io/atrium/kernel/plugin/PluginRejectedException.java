package io.atrium.kernel.plugin;

/** A plugin jar was refused; the message tells an administrator what is wrong and what to do. */
public class PluginRejectedException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with the administrator-facing message. */
  public PluginRejectedException(String message) {
    super(message);
  }

  /** Creates the exception with the administrator-facing message and its cause. */
  public PluginRejectedException(String message, Throwable cause) {
    super(message, cause);
  }
}
