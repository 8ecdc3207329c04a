package io.atrium.web.faces;

import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionBindingListener;
import java.io.Serializable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.framework.ServiceObjects;

/**
 * One controller instance kept in a scope. It hands the instance back to the plugin when its
 * scope ends, so prototype instances do not pile up.
 */
final class ControllerHandle implements HttpSessionBindingListener, Serializable {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ControllerHandle.class.getName());

  private final transient ServiceObjects<Object> objects;
  private final transient Object instance;

  ControllerHandle(ServiceObjects<Object> objects) {
    this.objects = objects;
    this.instance = objects.getService();
  }

  Object instance() {
    return instance;
  }

  /** Whether the instance still comes from a live service (false once the plugin restarted). */
  boolean isCurrent(ServiceObjects<Object> current) {
    return instance != null && objects == current;
  }

  void release() {
    if (objects != null && instance != null) {
      try {
        objects.ungetService(instance);
      } catch (IllegalStateException | IllegalArgumentException e) {
        LOG.log(Level.FINE, "Controller already released", e);
      }
    }
  }

  @Override
  public void valueUnbound(HttpSessionBindingEvent event) {
    release();
  }
}
