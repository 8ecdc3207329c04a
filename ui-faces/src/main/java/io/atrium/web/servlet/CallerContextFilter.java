package io.atrium.web.servlet;

import io.atrium.kernel.security.CallerContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Binds the {@link CallerContext} of each request (client address, User-Agent, language) to the
 * request's thread, before Shiro runs, so that sign-ins and everything after them are audited with
 * where they came from. The address is the one the connection came from: a proxy's forwarded
 * headers can be forged by any client and are not trusted.
 */
public class CallerContextFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    CallerContext.set(new CallerContext(request.getRemoteAddr(), request.getHeader("User-Agent"),
        locale(request)));
    try {
      chain.doFilter(request, response);
    } finally {
      CallerContext.clear();
    }
  }

  private static Locale locale(HttpServletRequest request) {
    Locale requested = request.getLocale();
    return requested != null && requested.getLanguage().equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
  }
}
