package io.atrium.web.faces;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/** A static file of a plugin (CSS, image, script) served through the Faces resource handler. */
final class PluginResource extends Resource {

  private static final long STARTED = System.currentTimeMillis();
  private final URL url;

  PluginResource(String resourceName, String libraryName, URL url) {
    this.url = url;
    setResourceName(resourceName);
    setLibraryName(libraryName);
    String type = FacesContext.getCurrentInstance().getExternalContext().getMimeType(resourceName);
    setContentType(type == null ? "application/octet-stream" : type);
  }

  @Override
  public InputStream getInputStream() throws IOException {
    return url.openStream();
  }

  @Override
  public Map<String, String> getResponseHeaders() {
    Map<String, String> headers = new HashMap<>();
    headers.put("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(
        ZonedDateTime.ofInstant(java.time.Instant.ofEpochMilli(lastModified()), ZoneOffset.UTC)));
    headers.put("Cache-Control", "private, max-age=3600");
    headers.put("X-Content-Type-Options", "nosniff");
    return headers;
  }

  @Override
  public String getRequestPath() {
    FacesContext context = FacesContext.getCurrentInstance();
    String mapping = context.getExternalContext().getRequestContextPath() + ResourceHandler.RESOURCE_IDENTIFIER
        + "/" + getResourceName() + ".xhtml?ln=" + getLibraryName();
    return context.getExternalContext().encodeResourceURL(mapping);
  }

  @Override
  public URL getURL() {
    return url;
  }

  @Override
  public boolean userAgentNeedsUpdate(FacesContext context) {
    String since = context.getExternalContext().getRequestHeaderMap().get("If-Modified-Since");
    if (since == null) {
      return true;
    }
    try {
      long sinceMillis = ZonedDateTime.parse(since, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
      return lastModified() / 1000 > sinceMillis / 1000;
    } catch (RuntimeException e) {
      return true;
    }
  }

  private long lastModified() {
    try {
      URLConnection connection = url.openConnection();
      long modified = connection.getLastModified();
      return modified > 0 ? modified : STARTED;
    } catch (IOException e) {
      return STARTED;
    }
  }
}
