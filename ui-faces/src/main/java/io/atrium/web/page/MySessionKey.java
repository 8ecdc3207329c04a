package io.atrium.web.page;

import io.atrium.kernel.security.internal.AtriumFormAuthenticationFilter;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpSession;

/** The session registry's key of the browser session the current request belongs to. */
public final class MySessionKey {

  private MySessionKey() {
  }

  /** The key, or null outside a signed-in browser session. */
  public static String current() {
    Object session = FacesContext.getCurrentInstance().getExternalContext().getSession(false);
    if (session instanceof HttpSession http) {
      Object key = http.getAttribute(AtriumFormAuthenticationFilter.SESSION_KEY);
      return key == null ? null : key.toString();
    }
    return null;
  }
}
