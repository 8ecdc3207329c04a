package io.atrium.web.servlet;

import io.atrium.kernel.Kernel;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Answers 503 with a short page while the kernel boots (and names the failure if it could not),
 * instead of letting requests fail on half-started parts. Health checks always pass through.
 */
public class KernelStartingFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private transient volatile Kernel kernel;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Kernel current = kernel();
    if (current.isReady() || request.getServletPath().startsWith("/health")) {
      chain.doFilter(request, response);
      return;
    }
    boolean failed = current.failure().isPresent();
    ResourceBundle texts = ResourceBundle.getBundle("io.atrium.web.i18n.messages", locale(request));
    String message = texts.getString(failed ? "kernel.failed" : "kernel.starting");
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Cache-Control", "no-store");
    if (!failed) {
      response.setHeader("Retry-After", "2");
    }
    if (request.getServletPath().startsWith("/api/")) {
      response.setContentType("application/problem+json;charset=UTF-8");
      response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
          + "\"detail\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
      return;
    }
    response.setContentType("text/html;charset=UTF-8");
    if (!failed) {
      response.setHeader("Refresh", "2");
    }
    response.getWriter().write("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title>"
        + escape(texts.getString("app.name")) + "</title></head><body><p>" + escape(message) + "</p></body></html>");
  }

  private Kernel kernel() {
    Kernel current = kernel;
    if (current == null) {
      current = CDI.current().select(Kernel.class).get();
      kernel = current;
    }
    return current;
  }

  private static Locale locale(HttpServletRequest request) {
    Locale requested = request.getLocale();
    return requested != null && requested.getLanguage().equals("en") ? Locale.ROOT : Locale.SIMPLIFIED_CHINESE;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
