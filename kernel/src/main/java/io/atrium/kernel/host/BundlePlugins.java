package io.atrium.kernel.host;

import io.atrium.sdk.plugin.PluginHeaders;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/** Which plugin a bundle or a service belongs to. */
public final class BundlePlugins {

  private BundlePlugins() {
  }

  /** The plugin id of a bundle, or null for framework bundles. */
  public static String pluginId(Bundle bundle) {
    return bundle == null ? null : bundle.getHeaders("").get(PluginHeaders.ID);
  }

  /** The plugin id of the bundle that registered a service, or null. */
  public static String pluginId(ServiceReference<?> reference) {
    return pluginId(reference.getBundle());
  }

  /** A stable id of a service within its plugin: the DS component name, else its class. */
  public static String componentName(ServiceReference<?> reference) {
    Object name = reference.getProperty("component.name");
    if (name != null) {
      return name.toString();
    }
    Object classes = reference.getProperty("objectClass");
    return classes instanceof String[] names && names.length > 0 ? names[0] : "service-" + reference.getProperty(
        "service.id");
  }
}
