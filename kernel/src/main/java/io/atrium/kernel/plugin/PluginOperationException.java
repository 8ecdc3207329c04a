package io.atrium.kernel.plugin;

/** An administrator asked for something the plugin's situation does not allow; the message says why. */
public class PluginOperationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public PluginOperationException(String message) {
    super(message);
  }
}
