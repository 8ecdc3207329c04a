package io.atrium.kernel.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.sdk.rest.RestResource;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

class PluginOpenApiTest {

  @TempDir
  Path folder;

  private long serviceIds;

  /** A route of a bundle whose only entry is the given OpenAPI document, or none when null. */
  private PluginRoutes.Route route(String pluginId, String path, String document) throws IOException {
    Path file = folder.resolve(pluginId + "-" + path + ".json");
    if (document != null) {
      Files.writeString(file, document, StandardCharsets.UTF_8);
    }
    Bundle bundle = (Bundle) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Bundle.class},
        (proxy, method, args) -> {
          if (method.getName().equals("getEntry") && args[0].equals(PluginOpenApi.DOCUMENT)) {
            return document == null ? null : file.toUri().toURL();
          }
          throw new UnsupportedOperationException(method.getName());
        });
    RestResource resource = () -> path;
    return new PluginRoutes.Route(pluginId, path, resource, bundle, ++serviceIds);
  }

  @Test
  void mergesThePathsAndComponentsOfEachPluginUnderItsOwnRoutes() throws IOException {
    JsonObject merged = PluginOpenApi.merge(List.of(
        route("hello", "hello", """
            {"openapi": "3.0.3", "tags": [{"name": "Hello"}],
             "paths": {"/api/v1/hello/greetings": {"get": {"summary": "list"}},
                       "/api/v1/users": {"get": {"summary": "not hello's"}}},
             "components": {"schemas": {"hello.Greeting": {"type": "object"}, "Shared": {}}}}"""),
        route("forms", "forms", """
            {"paths": {"/api/v1/forms": {"get": {}}},
             "components": {"schemas": {"hello.Greeting": {"type": "string"}, "forms.Form": {}, "Shared": {}}}}"""),
        route("plain", "plain", null)));

    JsonObject paths = merged.getJsonObject("paths");
    assertThat(paths.keySet()).containsExactlyInAnyOrder("/api/v1/hello/greetings", "/api/v1/forms");
    assertThat(paths.getJsonObject("/api/v1/hello/greetings").getString("x-atrium-plugin")).isEqualTo("hello");
    JsonObject components = merged.getJsonObject("components");
    assertThat(components.getJsonObject("schemas").getJsonObject("hello.Greeting").getString("type"))
        .isEqualTo("object");
    assertThat(components.getJsonObject("schemas").keySet()).contains("forms.Form");
    assertThat(components.getJsonObject("securitySchemes").keySet()).containsExactly("token", "basic");
    assertThat(merged.getJsonArray("tags").getJsonObject(0).getString("name")).isEqualTo("Hello");
    assertThat(merged.getJsonArray("x-atrium-undocumented").getString(0)).isEqualTo("plain");
    assertThat(merged.getJsonArray("x-atrium-problems").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .containsExactlyInAnyOrder(
            "plugin hello: the path /api/v1/users is not under the plugin's own /api/v1/hello and is left out",
            "plugin forms: components/schemas/hello.Greeting is prefixed with another plugin's id; prefix the "
                + "names with 'forms.'",
            "plugin hello: components/schemas/Shared is already defined by another plugin; prefix the names with "
                + "the plugin id");
    assertThat(merged.getString("openapi")).isEqualTo("3.0.3");
  }

  @Test
  void aPathMayBeTheRoutesOwnOrBelowItButNotAPrefixOfAnother() throws IOException {
    JsonObject merged = PluginOpenApi.merge(List.of(route("crm", "crm", """
        {"paths": {"/api/v1/crm": {}, "/api/v1/crm/x": {}, "/api/v1/crm-lite/x": {}}}""")));

    assertThat(merged.getJsonObject("paths").keySet()).containsExactlyInAnyOrder("/api/v1/crm", "/api/v1/crm/x");
  }

  @Test
  void anUnreadableDocumentIsReportedAndLeftOut() throws IOException {
    JsonObject merged = PluginOpenApi.merge(List.of(route("broken", "broken", "{\"paths\": ")));

    assertThat(merged.getJsonObject("paths")).isEmpty();
    assertThat(merged.getJsonArray("x-atrium-problems").getString(0)).startsWith("plugin broken: "
        + PluginOpenApi.DOCUMENT + " cannot be read");
  }

  @Test
  void withoutPluginsTheDocumentIsEmptyButValid() {
    JsonObject merged = PluginOpenApi.merge(List.of());

    assertThat(merged.getJsonObject("paths")).isEmpty();
    assertThat(merged.containsKey("x-atrium-problems")).isFalse();
  }
}
