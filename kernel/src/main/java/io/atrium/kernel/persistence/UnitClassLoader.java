package io.atrium.kernel.persistence;

/**
 * The class loader EclipseLink gets for a plugin's persistence unit: plugin classes come from the
 * plugin's bundle, and the kernel's persistence helpers (named by class in EclipseLink
 * properties) from the kernel.
 */
final class UnitClassLoader extends ClassLoader {

  private static final String KERNEL_PERSISTENCE = "io.atrium.kernel.persistence.";

  private final ClassLoader plugin;
  private final ClassLoader kernel;

  UnitClassLoader(ClassLoader plugin, ClassLoader kernel) {
    super(null);
    this.plugin = plugin;
    this.kernel = kernel;
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (name.startsWith(KERNEL_PERSISTENCE)) {
      return kernel.loadClass(name);
    }
    try {
      return plugin.loadClass(name);
    } catch (ClassNotFoundException e) {
      return kernel.loadClass(name);
    }
  }

  @Override
  public java.net.URL getResource(String name) {
    java.net.URL url = plugin.getResource(name);
    return url != null ? url : kernel.getResource(name);
  }

  @Override
  public java.util.Enumeration<java.net.URL> getResources(String name) throws java.io.IOException {
    return plugin.getResources(name);
  }
}
