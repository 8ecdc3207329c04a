package io.atrium.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Measures, side by side in one run, the assembled Atrium distribution against bare Payara Micro
 * serving a trivial WAR: the time from process start to ready, and resident memory once idle. Then
 * it measures how long a plugin jar dropped into the plugin folder takes until its service is
 * registered. Each server start is a cold JVM; the two kinds alternate so that machine noise hits
 * both alike. Everything listens on loopback and stops by itself.
 *
 * <p>Goals: Atrium ready within 1.5 times the baseline's time and under 8 s; at most 150 MB more
 * resident memory; a dropped plugin serving within 2 s.
 */
public final class StartupBenchmark {

  private static final String PASSWORD = "bench-Secret-1";
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
  private static final Duration IDLE = Duration.ofSeconds(10);
  private static final String JAVA_OPTS = "-Xms256m -Xmx1g -XX:+UseSerialGC -XX:TieredStopAtLevel=1";

  private final Path distribution;
  private final Path payara;
  private final Path plugin;
  private final Path work;
  private final int rounds;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(2)).build();

  private StartupBenchmark(Map<String, String> args) {
    this.distribution = Paths.get(required(args, "distribution")).toAbsolutePath();
    this.payara = Paths.get(required(args, "payara")).toAbsolutePath();
    this.plugin = Paths.get(required(args, "plugin")).toAbsolutePath();
    this.work = Paths.get(required(args, "work")).toAbsolutePath();
    this.rounds = Integer.parseInt(args.getOrDefault("rounds", "5"));
  }

  /** Runs the benchmark; arguments are {@code --name=value}. Exits 1 when a goal is missed. */
  public static void main(String[] argv) throws Exception {
    Map<String, String> args = new HashMap<>();
    for (String arg : argv) {
      int eq = arg.indexOf('=');
      if (!arg.startsWith("--") || eq < 0) {
        throw new IllegalArgumentException("Arguments read --name=value, not " + arg);
      }
      args.put(arg.substring(2, eq), arg.substring(eq + 1));
    }
    StartupBenchmark benchmark = new StartupBenchmark(args);
    String report = benchmark.run();
    System.out.println(report);
    Path reportFile = Paths.get(required(args, "report"));
    Files.createDirectories(reportFile.getParent());
    Files.writeString(reportFile, report);
    if (report.contains("| MISSED |")) {
      System.exit(1);
    }
  }

  private String run() throws Exception {
    deleteTree(work);
    Files.createDirectories(work);
    Path trivialWar = trivialWar();
    Path atriumHome = copyDistribution();
    List<Sample> baseline = new ArrayList<>();
    List<Sample> atrium = new ArrayList<>();

    System.out.println("Warm-up: first start of Atrium creates its database and class data archive");
    atrium(atriumHome, false);
    for (int round = 1; round <= rounds; round++) {
      baseline.add(baseline(trivialWar));
      atrium.add(atrium(atriumHome, false));
      System.out.printf(Locale.ROOT, "round %d: baseline %s, atrium %s%n", round, baseline.get(round - 1),
          atrium.get(round - 1));
    }
    List<Long> dropIns = dropIns(atriumHome);
    return report(baseline, atrium, dropIns);
  }

  /** Starts bare Payara Micro with a trivial WAR, waits for its page, samples memory, stops it. */
  private Sample baseline(Path war) throws Exception {
    int port = freePort();
    List<String> command = new ArrayList<>(List.of(java()));
    command.addAll(List.of(JAVA_OPTS.split(" ")));
    command.addAll(List.of("-jar", payara.toString(), "--nocluster", "--disablephonehome", "--port",
        String.valueOf(port), "--prebootcommandfile", loopbackPreboot().toString(), "--deploy", war.toString()));
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(work.resolve("baseline.log").toFile()).start();
    try {
      awaitStatus(URI.create("http://127.0.0.1:" + port + "/trivial/"), 200, start, process);
      long readyMillis = (System.nanoTime() - start) / 1_000_000;
      Thread.sleep(IDLE.toMillis());
      return new Sample(readyMillis, rssKb(process.pid()));
    } finally {
      stop(process);
    }
  }

  /** Starts the distribution with bin/atrium, waits for readiness, samples memory, stops it. */
  private Sample atrium(Path home, boolean keepRunning) throws Exception {
    int port = freePort();
    long start = System.nanoTime();
    Process control = atriumCommand(home, port, "start").start();
    long pid = -1;
    try {
      awaitStatus(URI.create("http://127.0.0.1:" + port + "/health/ready"), 200, start, null);
      long readyMillis = (System.nanoTime() - start) / 1_000_000;
      if (!control.waitFor(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("bin/atrium start did not return");
      }
      pid = Long.parseLong(Files.readString(home.resolve("data").resolve("atrium.pid")).trim());
      Thread.sleep(IDLE.toMillis());
      return new Sample(readyMillis, rssKb(pid));
    } finally {
      if (!keepRunning) {
        stopAtrium(home, port);
      }
    }
  }

  /** Drops the plugin jar into the running server's folder and times until its service is registered. */
  private List<Long> dropIns(Path home) throws Exception {
    int port = freePort();
    Process control = atriumCommand(home, port, "start").start();
    List<Long> millis = new ArrayList<>();
    try {
      awaitStatus(URI.create("http://127.0.0.1:" + port + "/health/ready"), 200, System.nanoTime(), null);
      control.waitFor(60, TimeUnit.SECONDS);
      Path folder = Files.createDirectories(home.resolve("data").resolve("plugins"));
      Path jar = folder.resolve("hello.jar");
      URI details = URI.create("http://127.0.0.1:" + port + "/api/v1/plugins/hello");
      for (int i = 0; i < rounds; i++) {
        Path temp = folder.resolveSibling("hello.jar.tmp");
        Files.copy(plugin, temp, StandardCopyOption.REPLACE_EXISTING);
        long start = System.nanoTime();
        Files.move(temp, jar, StandardCopyOption.ATOMIC_MOVE);
        while (!serviceRegistered(details)) {
          if (System.nanoTime() - start > Duration.ofSeconds(30).toNanos()) {
            throw new IllegalStateException("The dropped plugin did not start within 30 s");
          }
          Thread.sleep(20);
        }
        millis.add((System.nanoTime() - start) / 1_000_000);
        Files.delete(jar);
        while (get(details).statusCode() != 404) {
          Thread.sleep(50);
        }
      }
      return millis;
    } finally {
      stopAtrium(home, port);
    }
  }

  private boolean serviceRegistered(URI details) throws Exception {
    HttpResponse<String> response = get(details);
    return response.statusCode() == 200 && response.body().contains("\"state\":\"ACTIVE\"")
        && response.body().contains("io.atrium.examples.hello.GreetingService");
  }

  private ProcessBuilder atriumCommand(Path home, int port, String action) {
    ProcessBuilder builder = new ProcessBuilder(home.resolve("bin").resolve("atrium").toString(), action)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("atrium-control.log").toFile()));
    Map<String, String> env = builder.environment();
    env.put("ATRIUM_PORT", String.valueOf(port));
    env.put("ATRIUM_BIND_ADDRESS", "127.0.0.1");
    env.put("ATRIUM_ADMIN_PASSWORD", PASSWORD);
    env.put("ATRIUM_DATA", home.resolve("data").toString());
    env.put("ATRIUM_JAVA_OPTS", JAVA_OPTS + " -XX:+ExitOnOutOfMemoryError");
    return builder;
  }

  private void stopAtrium(Path home, int port) throws Exception {
    Process stop = atriumCommand(home, port, "stop").start();
    if (!stop.waitFor(90, TimeUnit.SECONDS)) {
      stop.destroyForcibly();
    }
  }

  private void awaitStatus(URI uri, int status, long startNanos, Process process) throws Exception {
    while (true) {
      try {
        if (get(uri).statusCode() == status) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      if (process != null && !process.isAlive()) {
        throw new IllegalStateException("The server exited before it was ready; see " + work);
      }
      if (System.nanoTime() - startNanos > READY_TIMEOUT.toNanos()) {
        throw new IllegalStateException(uri + " did not answer " + status + " within " + READY_TIMEOUT);
      }
      Thread.sleep(25);
    }
  }

  private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD)
            .getBytes(StandardCharsets.UTF_8)))
        .GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private String report(List<Sample> baseline, List<Sample> atrium, List<Long> dropIns) {
    long baseReady = median(baseline.stream().map(Sample::readyMillis).toList());
    long atriumReady = median(atrium.stream().map(Sample::readyMillis).toList());
    long baseRss = median(baseline.stream().map(Sample::rssKb).toList());
    long atriumRss = median(atrium.stream().map(Sample::rssKb).toList());
    long dropIn = median(dropIns);
    double ratio = (double) atriumReady / baseReady;
    long extraMb = (atriumRss - baseRss) / 1024;
    StringBuilder report = new StringBuilder();
    report.append("# Atrium start-up benchmark\n\n")
        .append(String.format(Locale.ROOT, "%d rounds, alternating; %d processors; JVM options `%s`; "
            + "medians.%n%n", rounds, Runtime.getRuntime().availableProcessors(), JAVA_OPTS))
        .append("| measure | baseline (Payara Micro + trivial WAR) | Atrium | result | goal | verdict |\n")
        .append("|---|---|---|---|---|---|\n")
        .append(row("start to ready", baseReady + " ms", atriumReady + " ms",
            String.format(Locale.ROOT, "%.2f×", ratio), "≤ 1.5×", ratio <= 1.5))
        .append(row("start to ready (absolute)", "", atriumReady + " ms", atriumReady + " ms", "< 8000 ms",
            atriumReady < 8000))
        .append(row("idle resident memory", baseRss / 1024 + " MB", atriumRss / 1024 + " MB",
            "+" + extraMb + " MB", "≤ +150 MB", extraMb <= 150))
        .append(row("plugin dropped → service registered", "", dropIn + " ms", dropIn + " ms", "< 2000 ms",
            dropIn < 2000))
        .append("\nSamples (ready ms / RSS MB):\n\n");
    for (int i = 0; i < rounds; i++) {
      report.append(String.format(Locale.ROOT, "- round %d: baseline %s, Atrium %s%n", i + 1, baseline.get(i),
          atrium.get(i)));
    }
    report.append("- plugin drop-ins (ms): ").append(dropIns).append('\n');
    return report.toString();
  }

  private static String row(String measure, String base, String atrium, String result, String goal, boolean met) {
    return "| " + measure + " | " + base + " | " + atrium + " | " + result + " | " + goal + " | "
        + (met ? "met" : "MISSED") + " |\n";
  }

  /** A WAR with one static page: the least an application server can serve. */
  private Path trivialWar() throws IOException {
    Path war = work.resolve("trivial.war");
    try (OutputStream out = Files.newOutputStream(war); JarOutputStream jar = new JarOutputStream(out)) {
      jar.putNextEntry(new JarEntry("index.html"));
      jar.write("<!DOCTYPE html><title>trivial</title><p>ready</p>".getBytes(StandardCharsets.UTF_8));
      jar.closeEntry();
      jar.putNextEntry(new JarEntry("WEB-INF/web.xml"));
      jar.write(("<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\">"
          + "<welcome-file-list><welcome-file>index.html</welcome-file></welcome-file-list></web-app>")
          .getBytes(StandardCharsets.UTF_8));
      jar.closeEntry();
    }
    return war;
  }

  private Path loopbackPreboot() throws IOException {
    Path file = work.resolve("loopback.asadmin");
    Files.writeString(file, "set configs.config.server-config.network-config.network-listeners."
        + "network-listener.http-listener.address=127.0.0.1\n");
    return file;
  }

  private Path copyDistribution() throws IOException {
    Path home = work.resolve("atrium");
    try (Stream<Path> files = Files.walk(distribution)) {
      for (Path source : files.toList()) {
        Path target = home.resolve(distribution.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    return home;
  }

  private static long rssKb(long pid) throws IOException {
    for (String line : Files.readAllLines(Paths.get("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    throw new IllegalStateException("No VmRSS for process " + pid);
  }

  private static void stop(Process process) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  private static String java() {
    return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String required(Map<String, String> args, String name) {
    String value = args.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("Missing argument --" + name + "=...");
    }
    return value;
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

  /** One cold start: time to ready and resident memory after idling. */
  private record Sample(long readyMillis, long rssKb) {
    @Override
    public String toString() {
      return readyMillis + " ms / " + rssKb / 1024 + " MB";
    }
  }
}
