package io.atrium.web.faces;

import io.atrium.kernel.ui.UiRegistry;
import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ViewResource;
import jakarta.faces.context.FacesContext;
import java.net.URL;
import java.util.Optional;

/**
 * Serves views and static files of running plugins straight from their bundles: the view
 * {@code /hello/index.xhtml} is the entry {@code META-INF/resources/hello/index.xhtml} of plugin
 * {@code hello}, and {@code <h:graphicImage library="hello" name="logo.png"/>} its
 * {@code META-INF/resources/hello/logo.png}. A plugin that is not running has neither.
 */
public class PluginResourceHandler extends ResourceHandlerWrapper {

  /** Created by Faces with the handler it wraps. */
  public PluginResourceHandler(ResourceHandler wrapped) {
    super(wrapped);
  }

  @Override
  public ViewResource createViewResource(FacesContext context, String resourceName) {
    Optional<URL> url = pluginEntry(resourceName);
    if (url.isPresent()) {
      URL entry = url.get();
      return new ViewResource() {
        @Override
        public URL getURL() {
          return entry;
        }
      };
    }
    UiRegistry ui = Portal.ui();
    if (ui != null && ui.pluginOf(resourceName).isPresent()) {
      return null;
    }
    return super.createViewResource(context, resourceName);
  }

  @Override
  public Resource createResource(String resourceName, String libraryName) {
    if (libraryName != null && resourceName != null) {
      Optional<URL> url = pluginEntry("/" + libraryName + "/" + resourceName);
      if (url.isPresent()) {
        return new PluginResource(resourceName, libraryName, url.get());
      }
    }
    return super.createResource(resourceName, libraryName);
  }

  @Override
  public Resource createResource(String resourceName, String libraryName, String contentType) {
    if (libraryName != null && resourceName != null) {
      Optional<URL> url = pluginEntry("/" + libraryName + "/" + resourceName);
      if (url.isPresent()) {
        PluginResource resource = new PluginResource(resourceName, libraryName, url.get());
        if (contentType != null) {
          resource.setContentType(contentType);
        }
        return resource;
      }
    }
    return super.createResource(resourceName, libraryName, contentType);
  }

  @Override
  public boolean libraryExists(String libraryName) {
    UiRegistry ui = Portal.ui();
    if (ui != null && ui.isActive(libraryName)) {
      return true;
    }
    return super.libraryExists(libraryName);
  }

  private static Optional<URL> pluginEntry(String path) {
    UiRegistry ui = Portal.ui();
    if (ui == null || path == null || path.endsWith(".class")) {
      return Optional.empty();
    }
    return ui.resource(path);
  }
}
