package io.atrium.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link PolicyBenchmark} for both users in one JVM fork each and reports the member's cost
 * as a ratio of the administrator's, measured side by side. Goal: at most 1.2. Exits 1 when missed.
 */
public final class PolicyRatio {

  private static final double GOAL = 1.2;

  private PolicyRatio() {
  }

  /** Runs the benchmark; the first argument is where the report goes. */
  public static void main(String[] args) throws Exception {
    Options options = new OptionsBuilder().include(PolicyBenchmark.class.getName()).forks(1)
        .warmupIterations(5).warmupTime(TimeValue.seconds(1)).measurementIterations(8)
        .measurementTime(TimeValue.seconds(1)).build();
    Collection<RunResult> results = new Runner(options).run();
    double admin = score(results, "admin");
    double member = score(results, "member");
    double ratio = member / admin;
    String report = String.format(Locale.ROOT, "# Access checks of a list page%n%n"
        + "50 rows x 12 fields, 10 menu permissions; average time per page, JMH, 1 fork, 8 x 1 s.%n%n"
        + "| who | µs per page |%n|---|---|%n| administrator (1 role, *) | %.3f |%n| member (20 roles) | %.3f |%n%n"
        + "ratio member / administrator: **%.2f** (goal ≤ %.1f): %s%n", admin, member, ratio, GOAL,
        ratio <= GOAL ? "met" : "MISSED");
    System.out.println(report);
    if (args.length > 0) {
      Path file = Paths.get(args[0]);
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, report);
    }
    if (ratio > GOAL) {
      System.exit(1);
    }
  }

  private static double score(Collection<RunResult> results, String who) {
    return results.stream().filter(r -> who.equals(r.getParams().getParam("who"))).findFirst()
        .orElseThrow(() -> new IllegalStateException("No result for " + who)).getPrimaryResult().getScore();
  }
}
