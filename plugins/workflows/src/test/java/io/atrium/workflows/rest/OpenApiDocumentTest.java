package io.atrium.workflows.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.sdk.rest.PublicAccess;
import io.atrium.sdk.rest.RestResource;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code META-INF/atrium/openapi.json} against the code: every (method, path) the
 * {@code *Resource} classes of this package serve is documented, every documented operation is
 * served, and the parameters, bodies and public access of each agree with the Java methods, so
 * the document cannot drift from the endpoints.
 */
class OpenApiDocumentTest {

  private static final String DOCUMENT = "META-INF/atrium/openapi.json";
  private static final String PACKAGE = OpenApiDocumentTest.class.getPackageName();
  private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
      "trace");
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\s*([^}:\\s]+)\\s*(?::[^}]*)?}");

  private static JsonObject document;
  private static Map<String, List<Method>> served;
  private static Set<Class<?>> reached;

  @BeforeAll
  static void read() throws Exception {
    try (InputStream in = OpenApiDocumentTest.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
      assertThat(in).as(DOCUMENT + " on the class path").isNotNull();
      try (JsonReader reader = Json.createReader(in)) {
        document = reader.readObject();
      }
    }
    served = new TreeMap<>();
    reached = new java.util.HashSet<>();
    for (Class<?> type : resourceClasses()) {
      if (RestResource.class.isAssignableFrom(type) && !type.isInterface()
          && !Modifier.isAbstract(type.getModifiers())) {
        String root = "/api/v1/" + ((RestResource) instantiate(type)).path();
        walk(type, root, served, reached, new java.util.HashSet<>());
      }
    }
  }

  @Test
  void theDocumentIsOpenApi3WithPathsComponentsAndTags() {
    assertThat(document.getString("openapi")).startsWith("3.0.");
    assertThat(document.get("paths")).isInstanceOf(JsonObject.class);
    assertThat(document.get("components")).isInstanceOf(JsonObject.class);
    assertThat(document.get("tags")).isInstanceOf(JsonArray.class);
  }

  @Test
  void everyResourceClassOfThePackageIsReachedFromAPluginRoute() throws Exception {
    assertThat(served).as("endpoints found by reflection").isNotEmpty();
    assertThat(reached).containsAll(resourceClasses());
  }

  @Test
  void everyServedEndpointIsDocumentedAndEveryDocumentedOneIsServed() {
    Set<String> documented = documented(document);
    assertThat(missing(served.keySet(), documented)).as("served but not in " + DOCUMENT).isEmpty();
    assertThat(missing(documented, served.keySet())).as("in " + DOCUMENT + " but not served").isEmpty();
  }

  @Test
  void anEndpointLeftOutOfTheDocumentIsNoticed() {
    String path = "/api/v1/workflows/definitions/{key}";
    JsonObject paths = document.getJsonObject("paths");
    assertThat(paths).containsKey(path);
    JsonObject without = Json.createObjectBuilder(document)
        .add("paths", Json.createObjectBuilder(paths).remove(path)).build();
    assertThat(missing(served.keySet(), documented(without)))
        .contains("GET " + path, "PUT " + path);
  }

  @Test
  void pathParametersAreTheTemplatesAndQueryParametersThoseOfTheCode() {
    List<String> wrong = new ArrayList<>();
    served.forEach((endpoint, methods) -> {
      String path = endpoint.substring(endpoint.indexOf(' ') + 1);
      JsonObject operation = operation(endpoint);
      if (operation == null) {
        return;
      }
      Set<String> templates = new TreeSet<>();
      Matcher matcher = TEMPLATE.matcher(path);
      while (matcher.find()) {
        templates.add(matcher.group(1));
      }
      check(wrong, endpoint, "path parameters", templates, parameters(operation, "path"));
      Set<String> query = new TreeSet<>();
      Set<String> headers = new TreeSet<>();
      for (Method method : methods) {
        for (Parameter parameter : method.getParameters()) {
          if (parameter.isAnnotationPresent(QueryParam.class)) {
            query.add(parameter.getAnnotation(QueryParam.class).value());
          }
          if (parameter.isAnnotationPresent(HeaderParam.class)) {
            headers.add(parameter.getAnnotation(HeaderParam.class).value());
          }
        }
      }
      check(wrong, endpoint, "query parameters", query, parameters(operation, "query"));
      Set<String> documentedHeaders = parameters(operation, "header");
      if (!documentedHeaders.containsAll(headers)) {
        wrong.add(endpoint + ": header parameters " + headers + " are not all in " + documentedHeaders);
      }
      for (JsonObject parameter : parameterObjects(operation)) {
        if ("path".equals(parameter.getString("in", "")) && !parameter.getBoolean("required", false)) {
          wrong.add(endpoint + ": path parameter " + parameter.getString("name") + " is not required");
        }
      }
    });
    assertThat(wrong).isEmpty();
  }

  @Test
  void aRequestBodyIsDocumentedExactlyWhereTheCodeReadsOneInTheTypesItConsumes() {
    List<String> wrong = new ArrayList<>();
    served.forEach((endpoint, methods) -> {
      JsonObject operation = operation(endpoint);
      if (operation == null) {
        return;
      }
      boolean readsBody = methods.stream().anyMatch(OpenApiDocumentTest::readsBody);
      JsonObject body = operation.getJsonObject("requestBody");
      if (readsBody != (body != null)) {
        wrong.add(endpoint + (readsBody ? ": reads a body the document does not describe"
            : ": documents a body the code does not read"));
        return;
      }
      if (body == null) {
        return;
      }
      Set<String> types = body.getJsonObject("content").keySet();
      for (Method method : methods) {
        Consumes consumes = method.getAnnotation(Consumes.class) != null ? method.getAnnotation(Consumes.class)
            : method.getDeclaringClass().getAnnotation(Consumes.class);
        if (consumes != null) {
          for (String type : consumes.value()) {
            if (!types.contains(type)) {
              wrong.add(endpoint + ": consumes " + type + ", documented are " + types);
            }
          }
        }
      }
    });
    assertThat(wrong).isEmpty();
  }

  @Test
  void publicEndpointsNeedNoCredentialsAndAllOthersDocument401() {
    List<String> wrong = new ArrayList<>();
    served.forEach((endpoint, methods) -> {
      JsonObject operation = operation(endpoint);
      if (operation == null) {
        return;
      }
      boolean open = methods.stream().anyMatch(m -> m.isAnnotationPresent(PublicAccess.class));
      if (open && methods.stream().anyMatch(m -> !m.isAnnotationPresent(PublicAccess.class))) {
        wrong.add(endpoint + ": some methods are public, some not; the document cannot say both");
      }
      JsonValue security = operation.get("security");
      boolean documentedOpen = security instanceof JsonArray array && array.isEmpty();
      JsonObject responses = operation.getJsonObject("responses");
      if (open && (!documentedOpen || !responses.containsKey("429"))) {
        wrong.add(endpoint + ": is @PublicAccess; give it \"security\": [] and the 429 response");
      }
      if (!open && (security != null || !responses.containsKey("401"))) {
        wrong.add(endpoint + ": needs credentials; give it the 401 response and no own security");
      }
    });
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyOperationHasATagASummaryAndASuccessAnswer() {
    Set<String> tags = document.getJsonArray("tags").stream().map(t -> t.asJsonObject().getString("name"))
        .collect(Collectors.toSet());
    List<String> wrong = new ArrayList<>();
    for (String endpoint : documented(document)) {
      JsonObject operation = operation(endpoint);
      if (operation.getString("summary", "").isBlank()) {
        wrong.add(endpoint + ": no summary");
      }
      JsonArray own = operation.getJsonArray("tags");
      if (own == null || own.isEmpty() || !own.stream().map(t -> ((JsonString) t).getString()).allMatch(tags::contains)) {
        wrong.add(endpoint + ": no tag, or one not in the document's tags");
      }
      if (operation.getJsonObject("responses").keySet().stream().noneMatch(code -> code.startsWith("2"))) {
        wrong.add(endpoint + ": no 2xx response");
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void componentsArePrefixedWithThePluginIdAndEveryReferenceResolves() {
    List<String> wrong = new ArrayList<>();
    document.getJsonObject("components").forEach((kind, named) -> named.asJsonObject().keySet().stream()
        .filter(name -> !name.startsWith("workflows."))
        .forEach(name -> wrong.add("components/" + kind + "/" + name + " lacks the prefix workflows.")));
    references(document, wrong);
    assertThat(wrong).isEmpty();
  }

  // --- the code

  /** The top-level classes named {@code *Resource} in this package, from every class path root. */
  private static Set<Class<?>> resourceClasses() throws IOException, URISyntaxException, ClassNotFoundException {
    Set<Class<?>> classes = new java.util.HashSet<>();
    Enumeration<URL> roots = OpenApiDocumentTest.class.getClassLoader().getResources(PACKAGE.replace('.', '/'));
    for (URL root : Collections.list(roots)) {
      if (!"file".equals(root.getProtocol())) {
        continue;
      }
      try (Stream<java.nio.file.Path> files = Files.list(Paths.get(root.toURI()))) {
        for (String name : files.map(f -> f.getFileName().toString())
            .filter(n -> n.endsWith("Resource.class") && !n.contains("$")).toList()) {
          classes.add(Class.forName(PACKAGE + "." + name.substring(0, name.length() - ".class".length())));
        }
      }
    }
    return classes;
  }

  /** Collects the endpoints of a resource class and of the sub-resources its locators return. */
  private static void walk(Class<?> type, String prefix, Map<String, List<Method>> endpoints, Set<Class<?>> seen,
      Set<Class<?>> onPath) {
    seen.add(type);
    if (!onPath.add(type)) {
      throw new AssertionError("sub-resource locators loop back to " + type.getName());
    }
    for (Method method : type.getMethods()) {
      if (method.isBridge() || method.isSynthetic() || method.getDeclaringClass() == Object.class) {
        continue;
      }
      String http = httpMethod(method);
      Path path = method.getAnnotation(Path.class);
      String at = path == null ? prefix : join(prefix, path.value());
      if (http != null) {
        endpoints.computeIfAbsent(http + " " + at, k -> new ArrayList<>()).add(method);
      } else if (path != null) {
        walk(method.getReturnType(), at, endpoints, seen, onPath);
      }
    }
    onPath.remove(type);
  }

  private static String httpMethod(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (http != null) {
        return http.value().toUpperCase(Locale.ROOT);
      }
    }
    return null;
  }

  /** Joins path segments, with templates written {@code {name}} whatever regular expression they carry. */
  private static String join(String prefix, String path) {
    String segment = TEMPLATE.matcher(path).replaceAll("{$1}").replaceAll("^/+|/+$", "");
    return segment.isEmpty() ? prefix : prefix + "/" + segment;
  }

  private static boolean readsBody(Method method) {
    for (Parameter parameter : method.getParameters()) {
      boolean annotated = Stream.of(PathParam.class, QueryParam.class, HeaderParam.class, Context.class,
          FormParam.class, CookieParam.class, MatrixParam.class).anyMatch(parameter::isAnnotationPresent);
      if (!annotated) {
        return true;
      }
    }
    return false;
  }

  /** An instance with stand-ins for its services, enough to ask {@link RestResource#path()}. */
  private static Object instantiate(Class<?> type) throws ReflectiveOperationException {
    Constructor<?> constructor = Arrays.stream(type.getConstructors())
        .max((a, b) -> Integer.compare(a.getParameterCount(), b.getParameterCount()))
        .orElseThrow(() -> new AssertionError(type.getName() + " has no public constructor"));
    Object[] arguments = Arrays.stream(constructor.getParameterTypes()).map(OpenApiDocumentTest::standIn).toArray();
    return constructor.newInstance(arguments);
  }

  private static Object standIn(Class<?> type) {
    if (type == void.class) {
      return null;
    }
    if (type.isPrimitive()) {
      return Array.get(Array.newInstance(type, 1), 0);
    }
    if (!type.isInterface()) {
      return null;
    }
    return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
      if (method.getDeclaringClass() == Object.class) {
        return switch (method.getName()) {
          case "equals" -> proxy == args[0];
          case "hashCode" -> System.identityHashCode(proxy);
          default -> "stand-in " + type.getSimpleName();
        };
      }
      return method.getReturnType().isPrimitive() ? standIn(method.getReturnType()) : null;
    });
  }

  // --- the document

  /** The documented operations as {@code METHOD path}. */
  private static Set<String> documented(JsonObject document) {
    Set<String> operations = new TreeSet<>();
    document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().keySet().stream()
        .filter(OPERATIONS::contains).forEach(method -> operations.add(method.toUpperCase(Locale.ROOT) + " " + path)));
    return operations;
  }

  private static List<String> missing(Set<String> wanted, Set<String> present) {
    return wanted.stream().filter(e -> !present.contains(e)).sorted().toList();
  }

  /** The documented operation, or null when the document lacks it (the coverage test reports that). */
  private static JsonObject operation(String endpoint) {
    int space = endpoint.indexOf(' ');
    JsonObject item = document.getJsonObject("paths").getJsonObject(endpoint.substring(space + 1));
    return item == null ? null : item.getJsonObject(endpoint.substring(0, space).toLowerCase(Locale.ROOT));
  }

  private static List<JsonObject> parameterObjects(JsonObject operation) {
    JsonArray parameters = operation.getJsonArray("parameters");
    if (parameters == null) {
      return List.of();
    }
    return parameters.stream().map(JsonValue::asJsonObject).map(OpenApiDocumentTest::resolve).toList();
  }

  private static Set<String> parameters(JsonObject operation, String in) {
    return parameterObjects(operation).stream().filter(p -> in.equals(p.getString("in", "")))
        .map(p -> p.getString("name")).collect(Collectors.toCollection(TreeSet::new));
  }

  private static JsonObject resolve(JsonObject object) {
    if (!object.containsKey("$ref")) {
      return object;
    }
    JsonValue target = target(object.getString("$ref"));
    if (!(target instanceof JsonObject resolved)) {
      throw new AssertionError("unresolved " + object.getString("$ref"));
    }
    return resolve(resolved);
  }

  private static JsonValue target(String ref) {
    if (!ref.startsWith("#/")) {
      return null;
    }
    JsonValue at = document;
    for (String part : ref.substring(2).split("/")) {
      if (!(at instanceof JsonObject object) || !object.containsKey(part)) {
        return null;
      }
      at = object.get(part);
    }
    return at;
  }

  private static void references(JsonValue value, List<String> wrong) {
    if (value instanceof JsonObject object) {
      object.forEach((name, member) -> {
        if ("$ref".equals(name)) {
          String ref = ((JsonString) member).getString();
          if (!ref.startsWith("#/components/") || target(ref) == null) {
            wrong.add("$ref " + ref + " does not name a component of the document");
          }
        } else {
          references(member, wrong);
        }
      });
    } else if (value instanceof JsonArray array) {
      array.forEach(item -> references(item, wrong));
    }
  }

  private static void check(List<String> wrong, String endpoint, String what, Set<String> code, Set<String> doc) {
    if (!code.equals(doc)) {
      wrong.add(endpoint + ": " + what + " of the code " + code + ", documented " + doc);
    }
  }
}
