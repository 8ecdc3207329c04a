package io.atrium.benchmarks.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A copy of the assembled distribution, started with {@code bin/atrium} on a free loopback port
 * with its built-in H2 database, the way {@code StartupBenchmark} starts it, and stopped again
 * even when the JVM ends early (a shutdown hook).
 */
public final class BenchmarkServer implements AutoCloseable {

  /** Password of the first administrator. */
  public static final String ADMIN_PASSWORD = "Bench-Admin-Secret-9";

  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
  private static final Duration STOP_TIMEOUT = Duration.ofMinutes(2);

  private final Path distribution;
  private final Path plugin;
  private final Path work;
  private final Path home;
  private final String javaOptions;
  private final int port;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
  private final Thread shutdownHook = new Thread(this::stopQuietly, "stop benchmark server");
  private final Map<String, String> environment = new java.util.LinkedHashMap<>();
  private boolean started;

  /**
   * Prepares a server.
   *
   * @param distribution the unpacked distribution ({@code distribution/target/atrium})
   * @param plugin a plugin jar to put into the data folder before the start, or null
   * @param work an empty folder of the benchmark's own (emptied first)
   * @param javaOptions ATRIUM_JAVA_OPTS, or blank for the distribution's defaults
   */
  public BenchmarkServer(Path distribution, Path plugin, Path work, String javaOptions) {
    this.distribution = distribution.toAbsolutePath();
    this.plugin = plugin;
    this.work = work.toAbsolutePath();
    this.home = this.work.resolve("atrium");
    this.javaOptions = javaOptions == null ? "" : javaOptions.trim();
    this.port = freePort();
  }

  /** A server configured by the system properties {@code atrium.bench.*} (see the benchmarks pom). */
  public static BenchmarkServer fromSystemProperties() {
    return new BenchmarkServer(Paths.get(required("atrium.bench.distribution")),
        Optional.ofNullable(System.getProperty("atrium.bench.plugin")).filter(p -> !p.isBlank()).map(Paths::get)
            .orElse(null),
        Paths.get(required("atrium.bench.work")), System.getProperty("atrium.bench.javaOpts", ""));
  }

  /** The base address, {@code http://127.0.0.1:<port>}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  /**
   * Sets an {@code ATRIUM_*} environment variable of the server (for example its database), before
   * {@link #start()}.
   */
  public BenchmarkServer environment(String name, String value) {
    if (!name.startsWith("ATRIUM_")) {
      throw new IllegalArgumentException("Only ATRIUM_* variables configure the server, not " + name);
    }
    environment.put(name, value);
    return this;
  }

  /** The server's data folder (its H2 database is {@code db/atrium} in it). */
  public Path dataFolder() {
    return home.resolve("data");
  }

  /** The JVM options the server runs with, for the report. */
  public String javaOptions() {
    return javaOptions.isEmpty() ? "the distribution's defaults" : javaOptions;
  }

  /** Copies the distribution, puts the plugin in place and starts the server; returns when it is ready. */
  public void start() throws IOException, InterruptedException {
    if (!Files.isRegularFile(distribution.resolve("bin/atrium"))) {
      throw new IllegalStateException("No distribution at " + distribution + ": build it first (mvn install)");
    }
    deleteTree(work);
    copyTree(distribution, home);
    if (plugin != null) {
      Path plugins = Files.createDirectories(home.resolve("data/plugins"));
      Files.copy(plugin, plugins.resolve(plugin.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }
    Runtime.getRuntime().addShutdownHook(shutdownHook);
    started = true;
    int exit = control("start", START_TIMEOUT);
    if (exit != 0) {
      throw new IllegalStateException("bin/atrium start exited " + exit + "; see " + work.resolve("atrium-control.log")
          + " and " + home.resolve("data/logs"));
    }
    System.out.println("Atrium runs at " + baseUrl() + " with " + javaOptions());
  }

  /** GETs a path as the administrator. */
  public HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  /** POSTs JSON as the administrator. */
  public HttpResponse<String> postJson(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** POSTs JSON as another user, signed in by their password (HTTP basic). */
  public HttpResponse<String> postJsonAs(String username, String password, String path, String json) {
    return send(request(path, username, password).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** PUTs JSON as the administrator. */
  public HttpResponse<String> putJson(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** The process id of the running server, from its PID file. */
  public Optional<Long> pid() {
    try {
      Path file = home.resolve("data/atrium.pid");
      return Files.isRegularFile(file) ? Optional.of(Long.parseLong(Files.readString(file).trim())) : Optional.empty();
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Stops the server with {@code bin/atrium stop}, killing it if it survives. */
  @Override
  public void close() {
    stopQuietly();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      // the hook runs or ran already
    }
  }

  private synchronized void stopQuietly() {
    if (!started) {
      return;
    }
    started = false;
    Optional<Long> pid = pid();
    try {
      control("stop", STOP_TIMEOUT);
    } catch (IOException | RuntimeException e) {
      System.err.println("bin/atrium stop failed: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    // bin/atrium stop returns once the server let go of its PID file; give the JVM a moment to exit
    pid.flatMap(ProcessHandle::of).ifPresent(process -> {
      try {
        process.onExit().get(15, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
        // killed below
      }
    });
    pid.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive).ifPresent(process -> {
      System.err.println("The server survived bin/atrium stop; killing process " + process.pid());
      process.destroyForcibly();
    });
    System.out.println("Atrium stopped; its logs are in " + home.resolve("data/logs"));
  }

  private int control(String action, Duration timeout) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/atrium").toString(), action)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("atrium-control.log").toFile()));
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(key -> key.startsWith("ATRIUM_"));
    env.put("ATRIUM_PORT", String.valueOf(port));
    env.put("ATRIUM_BIND_ADDRESS", "127.0.0.1");
    env.put("ATRIUM_ADMIN_PASSWORD", ADMIN_PASSWORD);
    env.put("ATRIUM_DATA", home.resolve("data").toString());
    env.put("ATRIUM_START_TIMEOUT", String.valueOf(START_TIMEOUT.minusSeconds(30).toSeconds()));
    if (!javaOptions.isEmpty()) {
      env.put("ATRIUM_JAVA_OPTS", javaOptions);
    }
    env.putAll(environment);
    Process process = builder.start();
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("bin/atrium " + action + " did not finish within " + timeout);
    }
    return process.exitValue();
  }

  private HttpRequest.Builder request(String path) {
    return request(path, "admin", ADMIN_PASSWORD);
  }

  private HttpRequest.Builder request(String path, String username, String password) {
    return HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(30))
        .header("Accept", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("System property " + property + " is not set (the benchmarks pom sets it)");
    }
    return value;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
