package io.atrium.kernel.security.internal;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.BiPredicate;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.BearerToken;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.authc.AuthenticatingFilter;

/**
 * Authenticates each REST call by its {@code Authorization} header, with an API token
 * ({@code Bearer atr_...}) or HTTP basic credentials. Without valid credentials the call gets a
 * 401 problem response; REST never uses the browser session, so it needs no CSRF protection. A call
 * without credentials to a path a plugin serves to anyone ({@code @PublicAccess}) passes on
 * anonymously; the REST layer checks the method it reaches and limits such calls.
 */
public final class ApiAuthenticationFilter extends AuthenticatingFilter {

  private final BiPredicate<String, String> isPublic;

  /**
   * Creates the filter.
   *
   * @param isPublic whether an HTTP method and a path under {@code /api} may be called anonymously
   */
  public ApiAuthenticationFilter(BiPredicate<String, String> isPublic) {
    this.isPublic = isPublic;
  }

  @Override
  protected boolean isAccessAllowed(ServletRequest request, ServletResponse response, Object mappedValue) {
    return false;
  }

  @Override
  protected AuthenticationToken createToken(ServletRequest request, ServletResponse response) {
    String header = ((HttpServletRequest) request).getHeader("Authorization");
    if (header == null) {
      return null;
    }
    if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return new BearerToken(header.substring(7).trim(), request.getRemoteHost());
    }
    if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        if (colon > 0) {
          return new UsernamePasswordToken(decoded.substring(0, colon), decoded.substring(colon + 1), false,
              request.getRemoteHost());
        }
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return null;
  }

  @Override
  protected boolean onAccessDenied(ServletRequest request, ServletResponse response) throws Exception {
    AuthenticationToken token = createToken(request, response);
    if (token == null) {
      if (isPublic.test(((HttpServletRequest) request).getMethod(), apiPath((HttpServletRequest) request))) {
        return true;
      }
      return unauthorized(response, "Authentication required: send an API token (Authorization: Bearer ...) "
          + "or HTTP basic credentials.");
    }
    try {
      Subject subject = getSubject(request, response);
      subject.login(token);
      return true;
    } catch (AuthenticationException e) {
      return unauthorized(response, "The credentials were not accepted.");
    }
  }

  /** The request's path under {@code /api}, e.g. {@code /v1/forms-intake/x1}, or null for another one. */
  static String apiPath(HttpServletRequest request) {
    String uri = request.getRequestURI();
    String context = request.getContextPath() == null ? "" : request.getContextPath();
    if (uri == null || !uri.startsWith(context + "/api/")) {
      return null;
    }
    String path = uri.substring(context.length() + 4);
    int parameters = path.indexOf(';');
    // a path parameter (;jsessionid=...) would hide the real path from the match
    return parameters >= 0 || path.indexOf('%') >= 0 ? null : path;
  }

  private static boolean unauthorized(ServletResponse response, String detail) throws IOException {
    HttpServletResponse http = (HttpServletResponse) response;
    http.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    http.setHeader("WWW-Authenticate", "Bearer realm=\"Atrium\", Basic realm=\"Atrium\", charset=\"UTF-8\"");
    http.setContentType("application/problem+json;charset=UTF-8");
    http.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\""
        + detail.replace("\"", "'") + "\"}");
    return false;
  }
}
