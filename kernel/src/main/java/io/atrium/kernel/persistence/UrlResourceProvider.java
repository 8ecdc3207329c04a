package io.atrium.kernel.persistence;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Hands Flyway migration scripts found by URL, e.g. the entries of a plugin bundle, which Flyway
 * cannot scan on its own.
 */
public final class UrlResourceProvider implements ResourceProvider {

  private final Map<String, URL> resources;

  /** Creates the provider from relative paths (e.g. {@code V1__init.sql}) mapped to their URLs. */
  public UrlResourceProvider(Map<String, URL> resources) {
    this.resources = new TreeMap<>(resources);
  }

  @Override
  public LoadableResource getResource(String name) {
    URL url = resources.get(name);
    return url == null ? null : new UrlResource(name, url);
  }

  @Override
  public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
    List<LoadableResource> found = new ArrayList<>();
    resources.forEach((path, url) -> {
      String file = path.substring(path.lastIndexOf('/') + 1);
      if (file.startsWith(prefix)) {
        for (String suffix : suffixes) {
          if (file.endsWith(suffix)) {
            found.add(new UrlResource(path, url));
            break;
          }
        }
      }
    });
    return found;
  }

  private static final class UrlResource extends LoadableResource {
    private final String path;
    private final URL url;

    UrlResource(String path, URL url) {
      this.path = path;
      this.url = url;
    }

    @Override
    public Reader read() {
      try {
        return new InputStreamReader(url.openStream(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read migration " + path, e);
      }
    }

    @Override
    public String getAbsolutePath() {
      return path;
    }

    @Override
    public String getAbsolutePathOnDisk() {
      return url.toExternalForm();
    }

    @Override
    public String getFilename() {
      return path.substring(path.lastIndexOf('/') + 1);
    }

    @Override
    public String getRelativePath() {
      return path;
    }
  }
}
