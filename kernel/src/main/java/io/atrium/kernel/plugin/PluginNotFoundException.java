package io.atrium.kernel.plugin;

/** No plugin with the given id is installed. */
public class PluginNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception for the id. */
  public PluginNotFoundException(String id) {
    super("No plugin with id '" + id + "' is installed.");
  }
}
