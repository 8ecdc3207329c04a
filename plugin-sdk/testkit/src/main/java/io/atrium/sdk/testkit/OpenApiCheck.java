package io.atrium.sdk.testkit;

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
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
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

/**
 * A plugin's {@code META-INF/atrium/openapi.json} against its code, for the plugin's unit tests:
 * every (method, path) the {@code *Resource} classes of one package serve is documented, every
 * documented operation is served, and parameters, bodies and public access agree with the Java
 * methods. Each check returns the problems it found, empty when the document is right.
 */
public final class OpenApiCheck {

  /** Where a plugin keeps its OpenAPI document. */
  public static final String DOCUMENT = "META-INF/atrium/openapi.json";

  private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
      "trace");
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\s*([^}:\\s]+)\\s*(?::[^}]*)?}");

  private final String pluginId;
  private final JsonObject document;
  private final Set<Class<?>> resources;
  private final Map<String, List<Method>> served = new TreeMap<>();
  private final Set<Class<?>> reached = new HashSet<>();

  private OpenApiCheck(String pluginId, JsonObject document, Set<Class<?>> resources) {
    this.pluginId = pluginId;
    this.document = document;
    this.resources = resources;
    for (Class<?> type : resources) {
      if (RestResource.class.isAssignableFrom(type) && !type.isInterface()
          && !Modifier.isAbstract(type.getModifiers())) {
        String root = "/api/v1/" + ((RestResource) StandIns.instantiate(type)).path();
        walk(type, root, new HashSet<>());
      }
    }
  }

  /**
   * Reads the document from the class path of {@code anchor} and finds the resource classes in
   * {@code anchor}'s package.
   *
   * @param anchor any class of the package that holds the plugin's {@code *Resource} classes
   * @param pluginId the plugin's id: component names must start with it and a dot
   */
  public static OpenApiCheck of(Class<?> anchor, String pluginId) {
    try (InputStream in = anchor.getClassLoader().getResourceAsStream(DOCUMENT)) {
      if (in == null) {
        throw new IllegalStateException(DOCUMENT + " is not on the class path of " + anchor.getName());
      }
      try (JsonReader reader = Json.createReader(in)) {
        return new OpenApiCheck(pluginId, reader.readObject(), resourceClasses(anchor));
      }
    } catch (IOException | URISyntaxException | ClassNotFoundException e) {
      throw new IllegalStateException("Reading " + DOCUMENT + " or the resource classes failed: " + e, e);
    }
  }

  /** The document. */
  public JsonObject document() {
    return document;
  }

  /** The served endpoints as {@code METHOD path}. */
  public Set<String> served() {
    return Collections.unmodifiableSet(served.keySet());
  }

  /** The top-level {@code *Resource} classes of the package. */
  public Set<Class<?>> resourceClasses() {
    return Collections.unmodifiableSet(resources);
  }

  /** The resource classes reached from a plugin route, directly or through sub-resource locators. */
  public Set<Class<?>> reached() {
    return Collections.unmodifiableSet(reached);
  }

  /** OpenAPI 3.0 with paths, components and tags. */
  public List<String> structureProblems() {
    List<String> wrong = new ArrayList<>();
    if (!document.getString("openapi", "").startsWith("3.0.")) {
      wrong.add("\"openapi\" is not 3.0.x");
    }
    for (String member : List.of("paths", "components")) {
      if (!(document.get(member) instanceof JsonObject)) {
        wrong.add("no \"" + member + "\" object");
      }
    }
    if (!(document.get("tags") instanceof JsonArray)) {
      wrong.add("no \"tags\" array");
    }
    return wrong;
  }

  /** Served but undocumented, and documented but not served, endpoints. */
  public List<String> coverageProblems() {
    return coverageProblems(document);
  }

  /** {@link #coverageProblems()} of the document with one path left out: shows the check notices. */
  public List<String> coverageProblemsWithout(String path) {
    JsonObject paths = document.getJsonObject("paths");
    if (!paths.containsKey(path)) {
      throw new IllegalArgumentException(path + " is not in the document");
    }
    return coverageProblems(Json.createObjectBuilder(document)
        .add("paths", Json.createObjectBuilder(paths).remove(path)).build());
  }

  private List<String> coverageProblems(JsonObject doc) {
    Set<String> documented = documented(doc);
    List<String> wrong = new ArrayList<>();
    missing(served.keySet(), documented).forEach(e -> wrong.add("served but not documented: " + e));
    missing(documented, served.keySet()).forEach(e -> wrong.add("documented but not served: " + e));
    return wrong;
  }

  /** Path parameters are the templates, query parameters those of the code, headers documented. */
  public List<String> parameterProblems() {
    List<String> wrong = new ArrayList<>();
    served.forEach((endpoint, methods) -> {
      JsonObject operation = operation(endpoint);
      if (operation == null) {
        return;
      }
      Set<String> templates = new TreeSet<>();
      Matcher matcher = TEMPLATE.matcher(endpoint.substring(endpoint.indexOf(' ') + 1));
      while (matcher.find()) {
        templates.add(matcher.group(1));
      }
      compare(wrong, endpoint, "path parameters", templates, parameters(operation, "path"));
      Set<String> query = annotated(methods, QueryParam.class);
      compare(wrong, endpoint, "query parameters", query, parameters(operation, "query"));
      Set<String> headers = annotated(methods, HeaderParam.class);
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
    return wrong;
  }

  /** A request body is documented exactly where the code reads one, in the types it consumes. */
  public List<String> bodyProblems() {
    List<String> wrong = new ArrayList<>();
    served.forEach((endpoint, methods) -> {
      JsonObject operation = operation(endpoint);
      if (operation == null) {
        return;
      }
      boolean readsBody = methods.stream().anyMatch(OpenApiCheck::readsBody);
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
    return wrong;
  }

  /** {@link PublicAccess} endpoints need no credentials and answer 429; all others document 401. */
  public List<String> accessProblems() {
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
    return wrong;
  }

  /** Every documented operation has a known tag, a summary and a 2xx answer. */
  public List<String> operationProblems() {
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
    return wrong;
  }

  /** Components are named {@code <pluginId>.*} (the kernel merges all plugins' documents) and every $ref resolves. */
  public List<String> componentProblems() {
    List<String> wrong = new ArrayList<>();
    document.getJsonObject("components").forEach((kind, named) -> named.asJsonObject().keySet().stream()
        .filter(name -> !name.startsWith(pluginId + "."))
        .forEach(name -> wrong.add("components/" + kind + "/" + name + " lacks the prefix " + pluginId + ".")));
    references(document, wrong);
    return wrong;
  }

  // --- the code

  /** The top-level classes named {@code *Resource} in the anchor's package, from every class path root. */
  private static Set<Class<?>> resourceClasses(Class<?> anchor)
      throws IOException, URISyntaxException, ClassNotFoundException {
    String pkg = anchor.getPackageName();
    Set<Class<?>> classes = new HashSet<>();
    for (URL root : Collections.list(anchor.getClassLoader().getResources(pkg.replace('.', '/')))) {
      if (!"file".equals(root.getProtocol())) {
        continue;
      }
      try (Stream<java.nio.file.Path> files = Files.list(Paths.get(root.toURI()))) {
        for (String name : files.map(f -> f.getFileName().toString())
            .filter(n -> n.endsWith("Resource.class") && !n.contains("$")).toList()) {
          classes.add(Class.forName(pkg + "." + name.substring(0, name.length() - ".class".length()), false,
              anchor.getClassLoader()));
        }
      }
    }
    return classes;
  }

  /** Collects the endpoints of a resource class and of the sub-resources its locators return. */
  private void walk(Class<?> type, String prefix, Set<Class<?>> onPath) {
    reached.add(type);
    if (!onPath.add(type)) {
      throw new IllegalStateException("sub-resource locators loop back to " + type.getName());
    }
    for (Method method : type.getMethods()) {
      if (method.isBridge() || method.isSynthetic() || method.getDeclaringClass() == Object.class) {
        continue;
      }
      String http = httpMethod(method);
      Path path = method.getAnnotation(Path.class);
      String at = path == null ? prefix : join(prefix, path.value());
      if (http != null) {
        served.computeIfAbsent(http + " " + at, k -> new ArrayList<>()).add(method);
      } else if (path != null) {
        walk(method.getReturnType(), at, onPath);
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

  private static Set<String> annotated(List<Method> methods, Class<? extends Annotation> kind) {
    Set<String> names = new TreeSet<>();
    for (Method method : methods) {
      for (Parameter parameter : method.getParameters()) {
        Annotation annotation = parameter.getAnnotation(kind);
        if (annotation instanceof QueryParam query) {
          names.add(query.value());
        } else if (annotation instanceof HeaderParam header) {
          names.add(header.value());
        }
      }
    }
    return names;
  }

  // --- the document

  /** The documented operations as {@code METHOD path}. */
  private static Set<String> documented(JsonObject doc) {
    Set<String> operations = new TreeSet<>();
    doc.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().keySet().stream()
        .filter(OPERATIONS::contains).forEach(method -> operations.add(method.toUpperCase(Locale.ROOT) + " " + path)));
    return operations;
  }

  private static List<String> missing(Set<String> wanted, Set<String> present) {
    return wanted.stream().filter(e -> !present.contains(e)).sorted().toList();
  }

  /** The documented operation, or null when the document lacks it (the coverage check reports that). */
  private JsonObject operation(String endpoint) {
    int space = endpoint.indexOf(' ');
    JsonObject item = document.getJsonObject("paths").getJsonObject(endpoint.substring(space + 1));
    return item == null ? null : item.getJsonObject(endpoint.substring(0, space).toLowerCase(Locale.ROOT));
  }

  private List<JsonObject> parameterObjects(JsonObject operation) {
    JsonArray parameters = operation.getJsonArray("parameters");
    if (parameters == null) {
      return List.of();
    }
    return parameters.stream().map(JsonValue::asJsonObject).map(this::resolve).toList();
  }

  private Set<String> parameters(JsonObject operation, String in) {
    return parameterObjects(operation).stream().filter(p -> in.equals(p.getString("in", "")))
        .map(p -> p.getString("name")).collect(Collectors.toCollection(TreeSet::new));
  }

  private JsonObject resolve(JsonObject object) {
    if (!object.containsKey("$ref")) {
      return object;
    }
    JsonValue target = target(object.getString("$ref"));
    if (!(target instanceof JsonObject resolved)) {
      throw new IllegalStateException("unresolved " + object.getString("$ref"));
    }
    return resolve(resolved);
  }

  private JsonValue target(String ref) {
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

  private void references(JsonValue value, List<String> wrong) {
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

  private static void compare(List<String> wrong, String endpoint, String what, Set<String> code, Set<String> doc) {
    if (!code.equals(doc)) {
      wrong.add(endpoint + ": " + what + " of the code " + code + ", documented " + doc);
    }
  }
}
