package io.atrium.web.faces;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.event.PreDestroyViewMapEvent;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.Map;

/** Hands view-scoped controller instances back to their plugins when their view map is destroyed. */
public class ControllerReleaser implements SystemEventListener {

  @Override
  public void processEvent(SystemEvent event) {
    if (event instanceof PreDestroyViewMapEvent && event.getSource() instanceof UIViewRoot root) {
      Map<String, Object> viewMap = root.getViewMap(false);
      if (viewMap != null) {
        viewMap.values().stream().filter(ControllerHandle.class::isInstance).map(ControllerHandle.class::cast)
            .forEach(ControllerHandle::release);
      }
    }
  }

  @Override
  public boolean isListenerForSource(Object source) {
    return source instanceof UIViewRoot;
  }
}
