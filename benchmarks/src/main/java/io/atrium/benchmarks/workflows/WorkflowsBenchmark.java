package io.atrium.benchmarks.workflows;

import io.atrium.benchmarks.BenchmarkArgs;
import io.atrium.benchmarks.forms.Workers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Atrium's approval engine against Flowable 7 embedded, side by side in one JVM and one run: on an H2
 * file database and on PostgreSQL, for each thread count, both engines on the same database and pool
 * start instances of a sequential approval on a new form record and approve them through to the end
 * (warm-up, then a measured span each). Goal: Atrium completes at least 3 × Flowable's instances per
 * second in every cell. Report {@code --report}; exits 1 when a goal was missed or a database could
 * not be used. Arguments are {@code --name=value} (the benchmarks pom passes them).
 */
public final class WorkflowsBenchmark {

  private static final double GOAL = 3.0;

  /** One database and thread count: both engines' measured spans. */
  private record Cell(String database, int threads, Workers.Result atrium, Workers.Result flowable) {

    double ratio() {
      return atrium.perSecond() / flowable.perSecond();
    }

    boolean met() {
      return ratio() >= GOAL && atrium.failures() == 0;
    }
  }

  /** After a database's cells: what each engine's tables and the record table say was completed. */
  private record Check(String database, long atriumInstances, long atriumRecords, long flowableInstances,
      long flowableRecords) {
  }

  private final BenchmarkArgs args;
  private final List<Cell> cells = new ArrayList<>();
  private final List<Check> checks = new ArrayList<>();
  private final List<String> notRun = new ArrayList<>();

  private WorkflowsBenchmark(BenchmarkArgs args) {
    this.args = args;
  }

  /** Runs the benchmark on H2, then on PostgreSQL, and writes the report. */
  public static void main(String[] argv) throws Exception {
    BenchmarkArgs args = BenchmarkArgs.parse(argv);
    WorkflowsBenchmark benchmark = new WorkflowsBenchmark(args);
    String loadBefore = BenchmarkArgs.load();
    benchmark.onH2();
    benchmark.onPostgresql();
    boolean missed = benchmark.write(loadBefore, BenchmarkArgs.load());
    if (missed) {
      System.err.println("The workflows benchmark MISSED its goal or could not run everywhere; see the report above");
      System.exit(1);
    }
  }

  private void onH2() throws Exception {
    Path folder = Paths.get(args.text("work", "target/workflows-work")).resolve("h2");
    deleteTree(folder);
    Files.createDirectories(folder);
    try (BenchDatabase database = BenchDatabase.h2(folder, poolSize()).prepare()) {
      measure(database);
    }
  }

  private void onPostgresql() throws Exception {
    String url = args.text("pg-url", "jdbc:postgresql://127.0.0.1:5432/atrium_wfbench");
    BenchDatabase database;
    try {
      database = BenchDatabase.postgresql(url, args.text("pg-user", "atrium_wfbench"),
          args.text("pg-password", "atrium_wfbench"), poolSize());
    } catch (SQLException e) {
      notRun.add("PostgreSQL: NOT RUN, not reachable at " + url + " (" + e.getMessage() + "). Start it and create the "
          + "database as docs/workflows.md (Benchmark) says; this benchmark never falls back to H2.");
      return;
    }
    try (database) {
      measure(database.prepare());
    }
  }

  /**
   * Both engines on one database, every thread count: each engine warms up, then the measured span
   * is cut into rounds that alternate the engines (which one starts alternates too), so that a change
   * in the shared machine's load falls on both.
   */
  private void measure(BenchDatabase database) throws Exception {
    int steps = args.number("steps", 3);
    int rounds = args.number("rounds", 4);
    Duration warmUp = Duration.ofSeconds(args.number("warm-up-seconds", 15));
    Duration round = Duration.ofMillis(args.number("seconds", 20) * 1000L / rounds);
    try (FlowableApprovals flowable = new FlowableApprovals(database, steps);
        AtriumApprovals atrium = new AtriumApprovals(database, steps)) {
      for (int threads : threads()) {
        System.out.printf(Locale.ROOT, "%s, %d thread(s): %s warm-up, then %d rounds of %s per engine%n",
            database.name(), threads, warmUp, rounds, round);
        Workers.Factory a = worker -> atrium.operation();
        Workers.Factory f = worker -> flowable.operation();
        Workers.forTime(threads, warmUp, Duration.ZERO, f);
        Workers.forTime(threads, warmUp, Duration.ZERO, a);
        List<Workers.Result> atriumRounds = new ArrayList<>();
        List<Workers.Result> flowableRounds = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
          boolean atriumFirst = r % 2 == 0;
          for (int turn = 0; turn < 2; turn++) {
            if ((turn == 0) == atriumFirst) {
              atriumRounds.add(Workers.forTime(threads, Duration.ZERO, round, a));
            } else {
              flowableRounds.add(Workers.forTime(threads, Duration.ZERO, round, f));
            }
          }
        }
        Cell cell = new Cell(database.name(), threads, merged(atriumRounds), merged(flowableRounds));
        System.out.println("  Atrium:   " + cell.atrium().summary());
        System.out.println("  Flowable: " + cell.flowable().summary());
        cells.add(cell);
      }
      checks.add(new Check(database.name(), atrium.approvedInstances(database.dataSource()),
          FormRecords.count(database.dataSource(), AtriumApprovals.ENGINE, "APPROVED"), flowable.finishedInstances(),
          FormRecords.count(database.dataSource(), FlowableApprovals.ENGINE, "APPROVED")));
    }
  }

  /** The rounds of one engine as one measured span. */
  private static Workers.Result merged(List<Workers.Result> rounds) {
    long calls = 0;
    long failures = 0;
    double seconds = 0;
    String firstFailure = null;
    long[] nanos = new long[0];
    for (Workers.Result r : rounds) {
      calls += r.calls();
      failures += r.failures();
      seconds += r.seconds();
      firstFailure = firstFailure != null ? firstFailure : r.firstFailure();
      int at = nanos.length;
      nanos = Arrays.copyOf(nanos, at + r.nanos().length);
      System.arraycopy(r.nanos(), 0, nanos, at, r.nanos().length);
    }
    Arrays.sort(nanos);
    return new Workers.Result(rounds.get(0).workers(), calls, failures, firstFailure, seconds, nanos);
  }

  /** Writes the report; true when a goal was missed or a database was not used. */
  private boolean write(String loadBefore, String loadAfter) throws Exception {
    int steps = args.number("steps", 3);
    boolean missed = !notRun.isEmpty() || cells.isEmpty();
    StringBuilder out = new StringBuilder("# Workflows: Atrium's approval engine against Flowable 7\n\n")
        .append(String.format(Locale.ROOT, "One instance: start on a new form record, then %d sequential approvals by "
            + "%d different approvers, through to completed. Both engines embedded in one JVM (Java %s, %d processors "
            + "shared with PostgreSQL and other builds), on the same database through the same HikariCP pool (%d "
            + "connections). Per cell each engine warms up for %s s, then %s s are measured per engine in %s "
            + "rounds that alternate the engines (and which one starts), so that the shared machine's changing "
            + "load falls on both.%n%n", steps, steps, Runtime.version().feature(),
            Runtime.getRuntime().availableProcessors(), poolSize(), args.text("warm-up-seconds", "15"),
            args.text("seconds", "20"), args.text("rounds", "4")))
        .append("- **Atrium**: `WorkflowEngine` on `JdbcInstanceStore` (the plugin's Flyway migration), one JDBC "
            + "transaction per start and per approval (the test kit's `JdbcTransactions`, a connection per "
            + "transaction as JTA gives it on the server), definition from memory, approvers as named users in a "
            + "directory. History is always on: the trail and the idempotency record of every action.\n")
        .append("- **Flowable " + org.flowable.engine.ProcessEngine.VERSION + "**: "
            + "`StandaloneProcessEngineConfiguration`, history level **audit** (Flowable's default), async executor "
            + "off, IDM engine and event registry off; BPMN start event, " + steps + " user tasks with fixed "
            + "assignees, end event; one command (transaction) per start and per task completion.\n")
        .append("- **Same work on both**: the start's transaction inserts the form record row "
            + "(`" + FormRecords.TABLE + "`); before each approval the approver looks their task up (Atrium: the "
            + "instance snapshot; Flowable: a task query by instance and assignee), outside the transaction; the "
            + "last approval's transaction also writes the record's approval status (Flowable: on its command's "
            + "connection, so it commits with Flowable's writes). No comments, no variables, no conditions.\n\n")
        .append("| database | threads | Atrium instances/s | Flowable instances/s | Atrium / Flowable | goal ≥ 3× | "
            + "Atrium p50 / p95 ms | Flowable p50 / p95 ms | failed (A / F) |\n"
            + "|---|---|---|---|---|---|---|---|---|\n");
    for (Cell cell : cells) {
      missed |= !cell.met();
      out.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.2f × | %s | %.1f / %.1f | %.1f / %.1f | "
              + "%d / %d |%n", cell.database(), cell.threads(), cell.atrium().perSecond(),
          cell.flowable().perSecond(), cell.ratio(), cell.met() ? "met" : "MISSED",
          cell.atrium().percentileMillis(50), cell.atrium().percentileMillis(95),
          cell.flowable().percentileMillis(50), cell.flowable().percentileMillis(95), cell.atrium().failures(),
          cell.flowable().failures()));
    }
    out.append("\nLatencies are per whole instance (start and all approvals). Instances/s counts instances "
        + "completed in the measured span.\n\nCompleted in the whole run, warm-up included (engine's own table / "
        + "form records with status APPROVED):\n\n| database | Atrium | Flowable |\n|---|---|---|\n");
    for (Check check : checks) {
      out.append(String.format(Locale.ROOT, "| %s | %d / %d | %d / %d |%n", check.database(), check.atriumInstances(),
          check.atriumRecords(), check.flowableInstances(), check.flowableRecords()));
      missed |= check.atriumInstances() != check.atriumRecords()
          || check.flowableInstances() != check.flowableRecords();
    }
    for (String line : notRun) {
      out.append("\n").append(line).append("\n");
    }
    for (Cell cell : cells) {
      failure(out, cell, "Atrium", cell.atrium());
      failure(out, cell, "Flowable", cell.flowable());
    }
    out.append("\nMachine load (uptime) before: ").append(loadBefore).append("; after: ").append(loadAfter)
        .append(". The machine is shared (other builds ran at the same time), so the absolute rates are low and "
            + "noisy; both engines ran in the same run on the same database and pool, so the ratio still "
            + "compares them.\n\nRun at ").append(Instant.now()).append(".\n");
    args.write("report", out.toString());
    return missed;
  }

  private static void failure(StringBuilder out, Cell cell, String engine, Workers.Result result) {
    if (result.firstFailure() != null) {
      out.append("\nFirst failure seen (").append(engine).append(", ").append(cell.database()).append(", ")
          .append(cell.threads()).append(" thread(s), warm-up included): `")
          .append(result.firstFailure().replace('`', '\'')).append("`\n");
    }
  }

  private int[] threads() {
    return Arrays.stream(args.text("threads", "1,2").split(",")).map(String::strip)
        .mapToInt(Integer::parseInt).toArray();
  }

  /** A connection per thread and two spare, the same for both engines. */
  private int poolSize() {
    return Arrays.stream(threads()).max().orElse(1) + 2;
  }

  private static void deleteTree(Path folder) throws java.io.IOException {
    if (Files.exists(folder)) {
      try (var paths = Files.walk(folder)) {
        for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }



}
