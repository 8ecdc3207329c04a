package io.atrium.web.servlet;

import io.atrium.kernel.audit.Audit;
import io.atrium.kernel.audit.AuditEvent;
import io.atrium.kernel.ui.UiRegistry;
import io.atrium.web.portal.KernelViews;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.shiro.SecurityUtils;

/**
 * Guards views before Faces sees them: a portal page listed in {@link KernelViews} answers 403 to
 * users without its permission; a view of a plugin that is not running answers 404
 * (and an ajax request to it a redirect to a page that says so, instead of failing silently), and
 * a view whose plugin declared a permission answers 403 to users without it. Every 403 is recorded
 * in the audit log.
 */
public class PluginViewFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(PluginViewFilter.class.getName());

  /** Request attribute naming the plugin whose view was asked for while it is not running. */
  public static final String UNAVAILABLE_PLUGIN = "atrium.unavailablePlugin";

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    UiRegistry ui = ui();
    String path = request.getServletPath();
    Optional<String> kernelPermission = KernelViews.permission(path);
    if (kernelPermission.isPresent() && !SecurityUtils.getSubject().isPermitted(kernelPermission.get())) {
      deny(request, response, kernelPermission.get());
      return;
    }
    Optional<String> pluginId = ui == null ? Optional.empty() : ui.pluginOf(path);
    if (pluginId.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    String id = pluginId.get();
    if (!ui.isActive(id)) {
      if (isAjax(request)) {
        redirectAjax(request, response, "/plugin-unavailable.xhtml?plugin=" + URLEncoder.encode(id,
            StandardCharsets.UTF_8));
      } else {
        request.setAttribute(UNAVAILABLE_PLUGIN, id);
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
      }
      return;
    }
    Optional<String> permission = ui.viewPermission(path);
    if (permission.isPresent() && !SecurityUtils.getSubject().isPermitted(permission.get())) {
      deny(request, response, permission.get());
      return;
    }
    chain.doFilter(request, response);
  }

  private static void deny(HttpServletRequest request, HttpServletResponse response, String permission)
      throws IOException {
    String page = request.getMethod() + " " + request.getServletPath();
    try {
      CDI.current().select(Audit.class).get().record(AuditEvent.denied(permission, page));
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Could not record the denial of " + page + " in the audit log", e);
    }
    if (isAjax(request)) {
      redirectAjax(request, response, "/error/403.xhtml");
    } else {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
  }

  private static boolean isAjax(HttpServletRequest request) {
    return "partial/ajax".equals(request.getHeader("Faces-Request"));
  }

  /** Answers a Faces ajax request with a redirect the Faces client script follows. */
  private static void redirectAjax(HttpServletRequest request, HttpServletResponse response, String target)
      throws IOException {
    response.setContentType("text/xml;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    String url = (request.getContextPath() + target).replace("&", "&amp;").replace("\"", "&quot;");
    response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
        + "<redirect url=\"" + url + "\"></redirect></partial-response>");
  }

  private static UiRegistry ui() {
    try {
      return CDI.current().select(UiRegistry.class).get();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
