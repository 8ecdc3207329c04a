package io.atrium.kernel.rest.internal;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.osgi.framework.Bundle;

/**
 * One OpenAPI 3.0 document of the started plugins' REST endpoints, merged from the
 * {@value #DOCUMENT} each plugin ships. A plugin may describe only paths under its own routes;
 * what it may not describe, and what cannot be read, is left out and listed under
 * {@code x-atrium-problems}, so a plugin author sees why. A component name prefixed with a
 * plugin id ({@code hello.Greeting}) belongs to that plugin; of unprefixed ones the first plugin
 * by id keeps a name.
 */
public final class PluginOpenApi {

  /** Where a plugin keeps the description of its REST endpoints. */
  public static final String DOCUMENT = "META-INF/atrium/openapi.json";

  private PluginOpenApi() {
  }

  /** The merged document of the plugins serving these routes. */
  public static JsonObject merge(Collection<PluginRoutes.Route> routes) {
    Map<String, List<PluginRoutes.Route>> byPlugin = new TreeMap<>();
    for (PluginRoutes.Route route : routes) {
      byPlugin.computeIfAbsent(route.pluginId(), id -> new ArrayList<>()).add(route);
    }
    Merge merge = new Merge();
    byPlugin.forEach(merge::add);
    return merge.result();
  }

  /** The document being built. */
  private static final class Merge {
    private final JsonObjectBuilder paths = Json.createObjectBuilder();
    private final Map<String, Map<String, JsonValue>> components = new TreeMap<>();
    private final Map<String, JsonValue> tags = new TreeMap<>();
    private final JsonArrayBuilder problems = Json.createArrayBuilder();
    private final JsonArrayBuilder undocumented = Json.createArrayBuilder();
    private final Set<String> seenPaths = new HashSet<>();
    private boolean anyProblem;
    private boolean anyUndocumented;

    void add(String pluginId, List<PluginRoutes.Route> routes) {
      JsonObject document;
      try {
        document = read(routes.get(0).bundle());
      } catch (IOException | JsonException | IllegalStateException | ClassCastException e) {
        problem(pluginId, DOCUMENT + " cannot be read as a JSON object: " + e.getMessage());
        return;
      }
      if (document == null) {
        anyUndocumented = true;
        undocumented.add(pluginId);
        return;
      }
      addPaths(pluginId, routes, document.get("paths"));
      addComponents(pluginId, document.get("components"));
      if (document.get("tags") instanceof jakarta.json.JsonArray array) {
        for (JsonValue tag : array) {
          if (tag instanceof JsonObject object && object.get("name") instanceof jakarta.json.JsonString name) {
            tags.putIfAbsent(name.getString(), tag);
          }
        }
      }
    }

    private void addPaths(String pluginId, List<PluginRoutes.Route> routes, JsonValue value) {
      if (!(value instanceof JsonObject documented)) {
        problem(pluginId, DOCUMENT + " has no \"paths\" object");
        return;
      }
      for (Map.Entry<String, JsonValue> entry : documented.entrySet()) {
        String path = entry.getKey();
        if (routes.stream().noneMatch(route -> path.equals("/api/v1/" + route.path())
            || path.startsWith("/api/v1/" + route.path() + "/"))) {
          problem(pluginId, "the path " + path + " is not under the plugin's own /api/v1/" + routes.get(0).path()
              + " and is left out");
        } else if (!(entry.getValue() instanceof JsonObject item)) {
          problem(pluginId, "the path " + path + " is not described by an object and is left out");
        } else if (!seenPaths.add(path)) {
          problem(pluginId, "the path " + path + " is described twice; the second is left out");
        } else {
          paths.add(path, Json.createObjectBuilder(item).add("x-atrium-plugin", pluginId));
        }
      }
    }

    private void addComponents(String pluginId, JsonValue value) {
      if (!(value instanceof JsonObject kinds)) {
        return;
      }
      for (Map.Entry<String, JsonValue> kind : kinds.entrySet()) {
        if (!(kind.getValue() instanceof JsonObject named)) {
          continue;
        }
        Map<String, JsonValue> merged = components.computeIfAbsent(kind.getKey(), k -> new TreeMap<>());
        for (Map.Entry<String, JsonValue> component : named.entrySet()) {
          String name = component.getKey();
          int dot = name.indexOf('.');
          if (dot > 0 && !name.substring(0, dot).equals(pluginId)) {
            problem(pluginId, "components/" + kind.getKey() + "/" + name + " is prefixed with another plugin's id; "
                + "prefix the names with '" + pluginId + ".'");
          } else if (merged.putIfAbsent(name, component.getValue()) != null) {
            problem(pluginId, "components/" + kind.getKey() + "/" + component.getKey() + " is already defined by "
                + "another plugin; prefix the names with the plugin id");
          }
        }
      }
    }

    private void problem(String pluginId, String text) {
      anyProblem = true;
      problems.add("plugin " + pluginId + ": " + text);
    }

    JsonObject result() {
      JsonObjectBuilder schemes = Json.createObjectBuilder()
          .add("token", Json.createObjectBuilder().add("type", "http").add("scheme", "bearer"))
          .add("basic", Json.createObjectBuilder().add("type", "http").add("scheme", "basic"));
      JsonObjectBuilder componentsBuilder = Json.createObjectBuilder();
      components.forEach((kind, named) -> {
        if (!kind.equals("securitySchemes")) {
          JsonObjectBuilder builder = Json.createObjectBuilder();
          named.forEach(builder::add);
          componentsBuilder.add(kind, builder);
        }
      });
      componentsBuilder.add("securitySchemes", schemes);
      JsonArrayBuilder tagList = Json.createArrayBuilder();
      tags.values().forEach(tagList::add);
      JsonObjectBuilder document = Json.createObjectBuilder()
          .add("openapi", "3.0.3")
          .add("info", Json.createObjectBuilder().add("title", "Atrium plugin REST APIs").add("version", "1")
              .add("description", "The REST endpoints of the plugins started on this server, as each plugin "
                  + "describes them. Authenticate as for the rest of the API."))
          .add("security", Json.createArrayBuilder()
              .add(Json.createObjectBuilder().add("token", Json.createArrayBuilder()))
              .add(Json.createObjectBuilder().add("basic", Json.createArrayBuilder())))
          .add("tags", tagList)
          .add("paths", paths)
          .add("components", componentsBuilder);
      if (anyUndocumented) {
        document.add("x-atrium-undocumented", undocumented);
      }
      if (anyProblem) {
        document.add("x-atrium-problems", problems);
      }
      return document.build();
    }
  }

  /** The plugin's document, or null when it ships none. */
  private static JsonObject read(Bundle bundle) throws IOException {
    URL entry = bundle.getEntry(DOCUMENT);
    if (entry == null) {
      return null;
    }
    try (InputStream in = entry.openStream(); JsonReader reader = Json.createReader(in)) {
      return reader.readObject();
    }
  }
}
