package io.atrium.benchmarks.workflows;

import io.atrium.benchmarks.BenchPostgres;
import io.atrium.benchmarks.BenchmarkArgs;
import io.atrium.benchmarks.forms.Workers;
import io.atrium.benchmarks.load.BenchmarkApi;
import io.atrium.benchmarks.load.BenchmarkServer;
import io.atrium.benchmarks.load.LoadData;
import io.atrium.benchmarks.load.TokenClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The to-do list of an approver with 10,000 open approval tasks, on a distribution it starts and
 * stops itself (loopback), on H2 and then on PostgreSQL. The approver's list is measured twice in
 * the same run: with 10 open tasks (the baseline) and, after 9,990 more approvals were started
 * through REST, with 10,000. Two lists: the workflows REST call {@code GET
 * /api/v1/workflows/tasks?limit=20} (API token) and the unified to-do center page {@code
 * /todo.xhtml} (signed-in session), the first page of 20 each. Goal: p95 under 50 ms with 10,000.
 *
 * <p>Arguments ({@code --name=value}, the benchmarks pom passes them): distribution, work,
 * java-opts, tasks (10000), baseline-tasks (10), requests (300), warm-up (100), pg-url, pg-user,
 * pg-password, report. Exits 1 when the goal was missed or a database could not be used.
 */
public final class TodoListBenchmark {

  private static final double GOAL_MILLIS = 50;
  private static final String FORM = "benchtodo";
  private static final String PROCESS = "benchtodo-approval";
  private static final String APPROVER = "bench-approver";
  private static final String PASSWORD = "Todo-Bench-Pass-2026";
  private static final String REST_LIST = "/api/v1/workflows/tasks?offset=0&limit=20";

  /** One list on one database at one size. */
  private record Cell(String database, String list, int openTasks, Workers.Result result) {
  }

  private final BenchmarkArgs args;
  private final List<Cell> cells = new ArrayList<>();
  private final List<String> loads = new ArrayList<>();
  private final List<String> notRun = new ArrayList<>();

  private TodoListBenchmark(BenchmarkArgs args) {
    this.args = args;
  }

  /** Runs on H2, then on PostgreSQL, and writes the report. */
  public static void main(String[] argv) throws Exception {
    TodoListBenchmark benchmark = new TodoListBenchmark(BenchmarkArgs.parse(argv));
    String loadBefore = BenchmarkArgs.load();
    benchmark.run("H2", benchmark.server("h2"));
    benchmark.onPostgresql();
    if (benchmark.report(loadBefore, BenchmarkArgs.load())) {
      System.err.println("The to-do list benchmark MISSED its goal or could not run everywhere; see the report");
      System.exit(1);
    }
  }

  private void onPostgresql() throws Exception {
    String url = args.text("pg-url", "jdbc:postgresql://127.0.0.1:5432/atrium_wfbench");
    String user = args.text("pg-user", "atrium_wfbench");
    String password = args.text("pg-password", "atrium_wfbench");
    try {
      BenchPostgres.empty(url, user, password);
    } catch (SQLException e) {
      notRun.add("PostgreSQL: NOT RUN, not reachable at " + url + " (" + e.getMessage() + "). Start it and create "
          + "the database as docs/workflows.md (Benchmark) says; this benchmark never falls back to H2.");
      return;
    }
    run("PostgreSQL", server("postgresql").environment("ATRIUM_DB_URL", url).environment("ATRIUM_DB_USER", user)
        .environment("ATRIUM_DB_PASSWORD", password));
  }

  private void run(String database, BenchmarkServer server) throws Exception {
    int tasks = args.number("tasks", 10_000);
    int baseline = args.number("baseline-tasks", 10);
    try (server) {
      server.start();
      BenchmarkApi api = new BenchmarkApi(server);
      api.await("/api/v1/workflows/definitions", Duration.ofSeconds(90));
      long approverId = api.createUser(APPROVER, PASSWORD);
      TokenClient submitter = new TokenClient(server, api.token("admin", BenchmarkServer.ADMIN_PASSWORD));
      TokenClient approver = new TokenClient(server, api.token(APPROVER, PASSWORD));
      api.created(server.postJson("/api/v1/forms", "{\"key\": \"" + FORM + "\", \"name\": {\"zh-CN\": \"报销单\","
          + " \"en\": \"Expense claim\"}, \"sections\": [{\"columns\": 1, \"fields\": [{\"name\": \"title\", \"type\":"
          + " \"text\", \"label\": \"事由\", \"required\": true, \"maxLength\": 100}]}]}"), "POST /api/v1/forms");
      api.ok(server.postJson("/api/v1/forms/" + FORM + "/publish", ""), "publishing the form");
      api.created(server.postJson("/api/v1/workflows/definitions", "{\"source\": \"forms." + FORM + "\","
          + " \"definition\": {\"key\": \"" + PROCESS + "\", \"name\": \"报销审批\", \"nodes\": [{\"id\": \"start\","
          + " \"type\": \"start\", \"name\": \"提交\"}, {\"id\": \"approve\", \"type\": \"approver\", \"name\": "
          + "\"审批\", \"approvers\": {\"type\": \"users\", \"users\": [" + approverId + "]}, \"whenNobody\": "
          + "\"reject\"}, {\"id\": \"end\", \"type\": \"end\", \"name\": \"结束\"}]}}"), "creating the process");
      api.ok(server.postJson("/api/v1/workflows/definitions/" + PROCESS + "/publish", ""), "publishing the process");

      HttpClient browser = LoadData.signIn(server, APPROVER, PASSWORD);
      startApprovals(submitter, baseline);
      measure(database, baseline, approver, browser, server);
      startApprovals(submitter, tasks - baseline);
      measure(database, tasks, approver, browser, server);
      loads.add(database + ": " + BenchmarkArgs.load());
    } catch (RuntimeException e) {
      notRun.add(database + ": FAILED, " + e.getMessage());
    }
  }

  /** Starts approvals on new records, two clients at once, and says how fast. */
  private void startApprovals(TokenClient submitter, int count) throws Exception {
    Instant began = Instant.now();
    Workers.Result started = Workers.forCount(2, 0, count, worker -> n -> {
      String record = submitter.send("POST", "/api/v1/forms/" + FORM + "/records",
          "{\"values\": {\"title\": \"差旅 " + n + "\"}}", 201);
      long id = Long.parseLong(record.replaceAll("(?s).*?\"id\"\\s*:\\s*(\\d+).*", "$1"));
      submitter.send("POST", "/api/v1/workflows/instances", "{\"actionId\": \"todo-bench-" + began.toEpochMilli()
          + "-" + n + "\", \"process\": \"" + PROCESS + "\", \"record\": \"forms." + FORM + "/" + id + "\"}", 201);
      if (n % 1000 == 0) {
        System.out.printf(Locale.ROOT, "... %d of %d approvals started%n", n, count);
      }
    });
    if (started.failures() > 0) {
      throw new IllegalStateException(started.failures() + " of " + count + " approvals did not start: "
          + started.firstFailure());
    }
    System.out.printf(Locale.ROOT, "Started %d approvals in %d s%n", count,
        Duration.between(began, Instant.now()).toSeconds());
  }

  private void measure(String database, int openTasks, TokenClient approver, HttpClient browser,
      BenchmarkServer server) throws Exception {
    String first = approver.send("GET", "/api/v1/workflows/tasks?offset=0&limit=1", null, 200);
    if (!first.contains("\"total\":" + openTasks)) {
      throw new IllegalStateException("The approver should have " + openTasks + " open tasks: " + first);
    }
    int warmUp = args.number("warm-up", 100);
    int requests = args.number("requests", 300);
    Workers.Result rest = Workers.forCount(1, warmUp, requests, worker -> n -> approver.send("GET", REST_LIST, null,
        200));
    cells.add(new Cell(database, "REST `" + REST_LIST + "`", openTasks, rest));
    HttpRequest page = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/todo.xhtml"))
        .timeout(Duration.ofSeconds(30)).GET().build();
    Workers.Result todo = Workers.forCount(1, warmUp, requests, worker -> n -> {
      HttpResponse<String> answer = browser.send(page, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (answer.statusCode() != 200 || !answer.body().contains("报销审批")) {
        throw new IllegalStateException("/todo.xhtml answered " + answer.statusCode() + " without the approvals");
      }
    });
    cells.add(new Cell(database, "to-do center `/todo.xhtml`", openTasks, todo));
    System.out.printf(Locale.ROOT, "%s, %d open tasks: REST %s; page %s%n", database, openTasks, rest.summary(),
        todo.summary());
  }

  /** Writes the report; true when the goal was missed or a database was not used. */
  private boolean report(String loadBefore, String loadAfter) throws Exception {
    int tasks = args.number("tasks", 10_000);
    boolean missed = !notRun.isEmpty() || cells.isEmpty();
    StringBuilder out = new StringBuilder("# Workflows: the to-do list of an approver with ")
        .append(String.format(Locale.ROOT, "%,d open tasks%n%n", tasks))
        .append(String.format(Locale.ROOT, "The distribution on loopback (%s), one approver with %s then %,d open "
            + "approval tasks (started through REST on form records), the first page of 20. One client at a time, %s "
            + "warm-up calls, then %s measured calls per list and size. Baseline: the same lists of the same "
            + "approver with %s open tasks, in the same run.%n%n", servers(), args.text("baseline-tasks", "10"), tasks,
            args.text("warm-up", "100"), args.text("requests", "300"), args.text("baseline-tasks", "10")))
        .append("| database | list | open tasks | calls | failed | p50 ms | p95 ms | p99 ms |\n"
            + "|---|---|---|---|---|---|---|---|\n");
    for (Cell cell : cells) {
      out.append(String.format(Locale.ROOT, "| %s | %s | %,d | %d | %d | %.1f | %.1f | %.1f |%n", cell.database(),
          cell.list(), cell.openTasks(), cell.result().calls(), cell.result().failures(),
          cell.result().percentileMillis(50), cell.result().percentileMillis(95), cell.result().percentileMillis(99)));
    }
    out.append("\n| database | list | p95 with ").append(String.format(Locale.ROOT, "%,d", tasks))
        .append(" / p95 with baseline | goal p95 < 50 ms |\n|---|---|---|---|\n");
    for (Cell cell : cells) {
      if (cell.openTasks() != tasks) {
        continue;
      }
      Cell base = cells.stream().filter(c -> c.database().equals(cell.database()) && c.list().equals(cell.list())
          && c.openTasks() != tasks).findFirst().orElseThrow();
      double p95 = cell.result().percentileMillis(95);
      boolean met = p95 < GOAL_MILLIS && cell.result().failures() == 0;
      missed |= !met;
      out.append(String.format(Locale.ROOT, "| %s | %s | %.2f × | %.1f ms, %s |%n", cell.database(), cell.list(),
          p95 / base.result().percentileMillis(95), p95, met ? "met" : "MISSED"));
    }
    for (Cell cell : cells) {
      if (cell.result().firstFailure() != null) {
        out.append("\nFirst failure seen (").append(cell.database()).append(", ").append(cell.list()).append("): `")
            .append(cell.result().firstFailure().replace('`', '\'')).append("`\n");
      }
    }
    for (String line : notRun) {
      out.append("\n").append(line).append("\n");
    }
    out.append("\nMachine load before: ").append(loadBefore).append("; after each database: ")
        .append(String.join("; ", loads)).append("; at the end: ").append(loadAfter).append(".\n\nRun at ")
        .append(Instant.now()).append(".\n");
    args.write("report", out.toString());
    return missed;
  }

  private String servers() {
    String options = args.text("java-opts", "");
    return options.isBlank() ? "the distribution's JVM defaults" : options;
  }

  private BenchmarkServer server(String folder) {
    Path work = Paths.get(args.text("work", "target/todo-work")).resolve(folder);
    return new BenchmarkServer(Paths.get(args.required("distribution")), null, work, args.text("java-opts", ""));
  }
}
