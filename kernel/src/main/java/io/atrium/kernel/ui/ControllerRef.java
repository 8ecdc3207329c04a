package io.atrium.kernel.ui;

import io.atrium.sdk.ui.ControllerScope;
import org.osgi.framework.ServiceObjects;

/**
 * A controller a view can reach by name.
 *
 * @param name EL name
 * @param pluginId the contributing plugin
 * @param scope lifetime of one instance
 * @param objects factory of instances; each instance is released with {@link ServiceObjects#ungetService}
 */
public record ControllerRef(String name, String pluginId, ControllerScope scope, ServiceObjects<Object> objects) {
}
