package io.atrium.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A copy of the distribution in a folder of its own, driven through {@code bin/atrium} like an
 * administrator would, and reached over HTTP on a free loopback port.
 */
final class AtriumInstallation implements AutoCloseable {

  /** Password of the first administrator, given through ATRIUM_ADMIN_PASSWORD. */
  static final String ADMIN_PASSWORD = "It-Admin-Secret-42";

  /** How long "bin/atrium start" may take; the script has its own, shorter, timeout. */
  static final Duration START_TIMEOUT = Duration.ofMinutes(4);
  private static final Duration STOP_TIMEOUT = Duration.ofMinutes(2);
  private static final Duration QUICK_TIMEOUT = Duration.ofSeconds(60);

  private final String name;
  private final Path root;
  private final Path home;
  private final Path data;
  private final int port;
  private final Database database;
  private final HttpClient http;

  private AtriumInstallation(String name, Path root, Path home, Path data, int port, Database database) {
    this.name = name;
    this.root = root;
    this.home = home;
    this.data = data;
    this.port = port;
    this.database = database;
    this.http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /** Copies the whole distribution; the server will use the given database. */
  static AtriumInstallation copyOfDistribution(String name, Database database) throws IOException {
    Path dist = distribution();
    Path root = workFolder(name);
    Path home = root.resolve("atrium");
    copyTree(dist, home);
    assertThat(home.resolve("bin/atrium")).isExecutable();
    return new AtriumInstallation(name, root, home, root.resolve("data"), freePort(), database);
  }

  /**
   * Copies only the control script, with empty stand-ins for the jars: enough for the commands
   * that must not start a server (usage errors, status, Java checks).
   */
  static AtriumInstallation scriptOnly(String name) throws IOException {
    Path dist = distribution();
    Path root = workFolder(name);
    Path home = root.resolve("atrium");
    Files.createDirectories(home.resolve("bin"));
    Files.createDirectories(home.resolve("lib"));
    Files.copy(dist.resolve("bin/atrium"), home.resolve("bin/atrium"), StandardCopyOption.COPY_ATTRIBUTES);
    Files.createFile(home.resolve("lib/payara-micro.jar"));
    Files.createFile(home.resolve("lib/ROOT.war"));
    return new AtriumInstallation(name, root, home, root.resolve("data"), freePort(), Database.h2());
  }

  private static Path distribution() {
    Path dist = Paths.get(System.getProperty("atrium.dist.dir", "../distribution/target/atrium"))
        .toAbsolutePath().normalize();
    if (!Files.isRegularFile(dist.resolve("bin/atrium"))) {
      fail("No distribution at " + dist + ": build the distribution module first");
    }
    return dist;
  }

  private static Path workFolder(String name) throws IOException {
    Path work = Paths.get(System.getProperty("atrium.it.work", "target/it-work")).toAbsolutePath();
    Files.createDirectories(work);
    return Files.createTempDirectory(work, name + "-");
  }

  /** A port nobody listens on now, on the loopback interface. */
  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }

  Path home() {
    return home;
  }

  Path data() {
    return data;
  }

  Path pidFile() {
    return data.resolve("atrium.pid");
  }

  Path logFile() {
    return data.resolve("logs/atrium.log");
  }

  Database database() {
    return database;
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port + "/";
  }

  // ---------------------------------------------------------------------------------------------
  // bin/atrium

  /** The outcome of one run of the control script. */
  record Result(int exitCode, String output) {
  }

  /** Runs {@code bin/atrium} with the installation's environment. */
  Result atrium(Duration timeout, String... arguments) {
    return atrium(Map.of(), timeout, arguments);
  }

  /** Runs {@code bin/atrium} with extra environment variables (a null value removes one). */
  Result atrium(Map<String, String> extraEnvironment, Duration timeout, String... arguments) {
    List<String> command = new java.util.ArrayList<>();
    command.add(home.resolve("bin/atrium").toString());
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
    Map<String, String> environment = builder.environment();
    // nothing from the developer's shell may leak in: no ATRIUM_* but ours
    environment.keySet().removeIf(key -> key.startsWith("ATRIUM_"));
    environment.putAll(environment());
    // a null value removes the variable
    extraEnvironment.forEach((key, value) -> {
      if (value == null) {
        environment.remove(key);
      } else {
        environment.put(key, value);
      }
    });
    try {
      Path output = Files.createTempFile(root, "atrium-", ".out");
      builder.redirectOutput(output.toFile());
      Process process = builder.start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        fail("bin/atrium " + String.join(" ", arguments) + " did not finish within " + timeout
            + "; it printed:\n" + Files.readString(output));
      }
      String text = Files.readString(output);
      Files.delete(output);
      return new Result(process.exitValue(), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Environment of the server: its own data folder and port, loopback only, known password. */
  Map<String, String> environment() {
    Map<String, String> environment = new HashMap<>();
    environment.put("ATRIUM_DATA", data.toString());
    environment.put("ATRIUM_PORT", Integer.toString(port));
    environment.put("ATRIUM_BIND_ADDRESS", "127.0.0.1");
    environment.put("ATRIUM_ADMIN_PASSWORD", ADMIN_PASSWORD);
    environment.put("ATRIUM_START_TIMEOUT", Long.toString(START_TIMEOUT.minusSeconds(30).toSeconds()));
    environment.put("ATRIUM_STOP_TIMEOUT", "60");
    environment.putAll(database.serverEnvironment());
    return environment;
  }

  /** {@code bin/atrium start}, asserted to succeed. */
  Result start(String... options) {
    String[] arguments = new String[options.length + 1];
    arguments[0] = "start";
    System.arraycopy(options, 0, arguments, 1, options.length);
    Result result = atrium(START_TIMEOUT, arguments);
    assertThat(result.exitCode())
        .as("bin/atrium start exit code; it printed:\n%s\nlast log lines:\n%s", result.output(), logTail(60))
        .isZero();
    return result;
  }

  /** {@code bin/atrium stop}, asserted to succeed. */
  Result stop() {
    Result result = atrium(STOP_TIMEOUT, "stop");
    assertThat(result.exitCode()).as("bin/atrium stop exit code; it printed:\n%s", result.output()).isZero();
    return result;
  }

  /** Kills the server's JVM at once (SIGKILL, as a power cut would), and waits until it is gone. */
  void kill() {
    long pid = pid().orElseThrow(() -> new AssertionError("no PID file: the server is not running"));
    ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (isRunning(pid)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("The server (PID " + pid + ") still runs 30 s after SIGKILL");
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** {@code bin/atrium status}. */
  Result status() {
    return atrium(QUICK_TIMEOUT, "status");
  }

  /** The PID in the PID file, if there is one. */
  Optional<Long> pid() {
    try {
      if (!Files.isRegularFile(pidFile())) {
        return Optional.empty();
      }
      return Optional.of(Long.parseLong(Files.readString(pidFile()).trim()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether a process runs. A process that ended but that its parent has not reaped yet (a
   * zombie: the server's parent, the start script, is gone) does not.
   */
  static boolean isRunning(long pid) {
    Optional<ProcessHandle> handle = ProcessHandle.of(pid);
    if (handle.isEmpty() || !handle.get().isAlive()) {
      return false;
    }
    try {
      String stat = Files.readString(Paths.get("/proc", Long.toString(pid), "stat"));
      char state = stat.charAt(stat.lastIndexOf(')') + 2);
      return state != 'Z' && state != 'X';
    } catch (IOException | RuntimeException e) {
      return handle.get().isAlive();
    }
  }

  /** The last lines of the server log, for failure messages. */
  String logTail(int lines) {
    try {
      if (!Files.isRegularFile(logFile())) {
        return "(no log file " + logFile() + ")";
      }
      List<String> all = Files.readAllLines(logFile(), StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException | UncheckedIOException e) {
      return "(cannot read " + logFile() + ": " + e + ")";
    }
  }

  // ---------------------------------------------------------------------------------------------
  // HTTP

  HttpResponse<String> get(String path, boolean authenticated) {
    return send(request(path, authenticated, null).GET().build());
  }

  HttpResponse<String> get(String path, String user, String password) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
        .header("Authorization", basic(user, password));
    return send(builder.GET().build());
  }

  HttpResponse<String> post(String path, boolean authenticated) {
    return send(request(path, authenticated, null).POST(HttpRequest.BodyPublishers.noBody()).build());
  }

  /** POSTs JSON as the administrator. */
  HttpResponse<String> postJson(String path, String json) {
    return send(request(path, true, "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  /** POSTs JSON as a user. */
  HttpResponse<String> postJson(String path, String json, String user, String password) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
        .header("Authorization", basic(user, password)).header("Content-Type", "application/json")
        .header("Accept", "application/json");
    return send(builder.POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  /** PUTs JSON as the administrator. */
  HttpResponse<String> putJson(String path, String json) {
    return send(request(path, true, "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  /** DELETEs as the administrator. */
  HttpResponse<String> delete(String path) {
    return send(request(path, true, null).DELETE().build());
  }

  /** POSTs a file as the request body as the administrator, e.g. a plugin jar. */
  HttpResponse<String> postFile(String path, String contentType, Path file) {
    try {
      return send(request(path, true, contentType).POST(HttpRequest.BodyPublishers.ofFile(file)).build());
    } catch (java.io.FileNotFoundException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HttpRequest.Builder request(String path, boolean authenticated, String contentType) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
        .header("Accept", "application/json");
    if (authenticated) {
      builder.header("Authorization", basic("admin", ADMIN_PASSWORD));
    }
    if (contentType != null) {
      builder.header("Content-Type", contentType);
    }
    return builder;
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The plugin list of {@code GET /api/v1/plugins}, asserted to answer 200. */
  JsonArray plugins() {
    HttpResponse<String> response = get("/api/v1/plugins", true);
    assertThat(response.statusCode()).as("GET /api/v1/plugins: %s", response.body()).isEqualTo(200);
    return parse(response.body()).asJsonArray();
  }

  /** The entry of a plugin in the plugin list. */
  Optional<JsonObject> plugin(String id) {
    return plugins().stream().map(JsonValue::asJsonObject).filter(p -> id.equals(p.getString("id", null))).findFirst();
  }

  /**
   * Polls the plugin list until the plugin is in the state, or the time is up.
   *
   * @return the plugin entry in that state
   */
  JsonObject awaitPluginState(String id, String state, Duration within) throws InterruptedException {
    Instant started = Instant.now();
    Instant deadline = started.plus(within);
    Optional<JsonObject> last;
    do {
      last = plugin(id);
      if (last.isPresent() && state.equals(last.get().getString("state", null))) {
        System.out.println("Plugin " + id + " is " + state + " after "
            + Duration.between(started, Instant.now()).toMillis() + " ms");
        return last.get();
      }
      Thread.sleep(100);
    } while (Instant.now().isBefore(deadline));
    last = plugin(id);
    if (last.isPresent() && state.equals(last.get().getString("state", null))) {
      return last.get();
    }
    return fail("Plugin '%s' is not %s within %s; the plugin list says: %s; rejected jars: %s",
        id, state, within, last.map(Object::toString).orElse("(not listed)"),
        get("/api/v1/plugins/rejected", true).body());
  }

  /** Polls until the predicate holds for the answer of a GET, or the time is up. */
  HttpResponse<String> awaitGet(String path, boolean authenticated, Predicate<HttpResponse<String>> condition,
      Duration within) throws InterruptedException {
    Instant deadline = Instant.now().plus(within);
    HttpResponse<String> response = null;
    while (Instant.now().isBefore(deadline)) {
      try {
        response = get(path, authenticated);
        if (condition.test(response)) {
          return response;
        }
      } catch (UncheckedIOException e) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    return fail("GET %s did not answer as expected within %s; last answer: %s", path, within,
        response == null ? "(none)" : response.statusCode() + " " + response.body());
  }

  static JsonValue parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readValue();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Clean-up

  /**
   * Stops the server whatever state it is in (script first, then the process itself), keeps the
   * logs under target/it-logs, drops the test database schema and deletes the folder.
   */
  @Override
  public void close() {
    try {
      if (!Files.isDirectory(data)) {
        return;
      }
      Optional<Long> pid = pid();
      if (Files.isRegularFile(home.resolve("lib/payara-micro.jar"))) {
        try {
          atrium(STOP_TIMEOUT, "stop");
        } catch (AssertionError | RuntimeException e) {
          System.err.println("bin/atrium stop failed while cleaning up: " + e);
        }
      }
      pid.filter(AtriumInstallation::isRunning).flatMap(ProcessHandle::of).ifPresent(process -> {
        System.err.println("Server " + process.pid() + " survived bin/atrium stop: killing it");
        process.destroyForcibly();
        process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
      });
    } finally {
      try {
        keepLogs();
      } finally {
        try {
          database.close();
        } finally {
          deleteTree(root);
        }
      }
    }
  }

  private void keepLogs() {
    Path logs = data.resolve("logs");
    if (!Files.isDirectory(logs)) {
      return;
    }
    try {
      Path target = Paths.get(System.getProperty("atrium.it.logs", "target/it-logs")).resolve(name);
      deleteTree(target);
      copyTree(logs, target);
    } catch (IOException | UncheckedIOException e) {
      System.err.println("Cannot keep the server logs: " + e);
    }
  }

  static void copyTree(Path from, Path to) throws IOException {
    Files.walkFileTree(from, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        Files.createDirectories(to.resolve(from.relativize(dir).toString()));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES,
            StandardCopyOption.REPLACE_EXISTING);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.delete(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
          Files.delete(dir);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      System.err.println("Cannot delete " + root + ": " + e);
    }
  }
}
