package io.atrium.web.servlet;

import io.atrium.kernel.security.SessionRegistry;
import io.atrium.kernel.security.internal.AtriumFormAuthenticationFilter;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** Removes a session from the registry when it ends: sign-out, timeout, or ended by someone. */
@WebListener
public class SessionTracker implements HttpSessionListener {

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    Object key;
    try {
      key = event.getSession().getAttribute(AtriumFormAuthenticationFilter.SESSION_KEY);
    } catch (IllegalStateException alreadyInvalid) {
      return;
    }
    if (key != null) {
      CDI.current().select(SessionRegistry.class).get().ended(key.toString());
    }
  }
}
