package io.atrium.web.faces;

import jakarta.faces.context.ExternalContext;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import java.util.ArrayList;
import java.util.List;

/** Hands request-scoped controller instances back to their plugins when the request ends. */
@WebListener
public class RequestReleaser implements ServletRequestListener {

  private static final String ATTRIBUTE = "atrium.controller.handles";

  @SuppressWarnings("unchecked")
  static void track(ExternalContext external, ControllerHandle handle) {
    List<ControllerHandle> handles = (List<ControllerHandle>) external.getRequestMap()
        .computeIfAbsent(ATTRIBUTE, k -> new ArrayList<ControllerHandle>());
    handles.add(handle);
  }

  @Override
  @SuppressWarnings("unchecked")
  public void requestDestroyed(ServletRequestEvent event) {
    Object handles = event.getServletRequest().getAttribute(ATTRIBUTE);
    if (handles instanceof List<?> list) {
      ((List<ControllerHandle>) list).forEach(ControllerHandle::release);
    }
  }
}
