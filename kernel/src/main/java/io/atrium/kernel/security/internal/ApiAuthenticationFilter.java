package io.atrium.kernel.security.internal;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.BearerToken;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.authc.AuthenticatingFilter;

/**
 * Authenticates each REST call by its {@code Authorization} header, with an API token
 * ({@code Bearer atr_...}) or HTTP basic credentials. Without valid credentials the call gets a
 * 401 problem response; REST never uses the browser session, so it needs no CSRF protection.
 */
public final class ApiAuthenticationFilter extends AuthenticatingFilter {

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
