package io.atrium.web.servlet;

import io.atrium.kernel.Kernel;
import io.atrium.kernel.security.SessionRegistry;
import io.atrium.kernel.security.internal.AtriumFormAuthenticationFilter;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/**
 * Enforces the absolute session timeout (however active, a session ends that long after sign-in)
 * and records when each signed-in session was last seen, for the session lists.
 */
public class SessionGuardFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  /** Last-seen times are written at most this often per session. */
  private static final Duration SEEN_GRANULARITY = Duration.ofSeconds(30);
  private static final String LAST_SEEN = "atrium.lastSeen";

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpSession session = request.getSession(false);
    if (session != null) {
      Object signedInAt = session.getAttribute(AtriumFormAuthenticationFilter.SIGNED_IN_AT);
      if (signedInAt instanceof Instant since) {
        Instant now = Instant.now();
        Kernel kernel = CDI.current().select(Kernel.class).get();
        if (kernel.isReady() && since.plus(kernel.settings().sessionAbsoluteTimeout()).isBefore(now)) {
          session.invalidate();
          response.sendRedirect(request.getContextPath() + "/login.xhtml?expired=true");
          return;
        }
        Object key = session.getAttribute(AtriumFormAuthenticationFilter.SESSION_KEY);
        Object lastSeen = session.getAttribute(LAST_SEEN);
        if (key != null && (!(lastSeen instanceof Instant seen) || seen.plus(SEEN_GRANULARITY).isBefore(now))) {
          session.setAttribute(LAST_SEEN, now);
          CDI.current().select(SessionRegistry.class).get().seen(key.toString(), now);
        }
      }
    }
    chain.doFilter(request, response);
  }
}
