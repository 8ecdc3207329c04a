package io.atrium.benchmarks.load;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns the newest Gatling run of {@link PortalLoadSimulation} into a short markdown report:
 * p50/p95/p99/max and requests per second per request and overall, and whether each goal (the
 * simulation's Gatling assertions) was met. Exits 1 when a goal was missed or the run left no
 * results, so that the build fails. Arguments: {@code --results=} Gatling's results folder,
 * {@code --run=} the run's properties written by the simulation, {@code --report=} the file to write.
 */
public final class LoadReport {

  private static final Pattern HEADER = Pattern.compile("<th id=\"col-(\\d+)\"[^>]*>(.*?)</th>", Pattern.DOTALL);
  private static final Pattern ROW = Pattern.compile("<tr id=\"([^\"]+)\"[^>]*>(.*?)</tr>", Pattern.DOTALL);
  private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">(.*?)</span>", Pattern.DOTALL);
  private static final Pattern CELL = Pattern.compile("<td class=\"value [^\"]*col-(\\d+)\">([^<]*)</td>");
  private static final Pattern ASSERTION = Pattern.compile(
      "<td class=\"error-col-1 [^\"]*\">\\s*(.*?)\\s*<span.*?<td class=\"error-col-2 [^\"]*\">(OK|KO)</td>",
      Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("<[^>]+>");

  /** One line of Gatling's statistics table: a request name and its values by column heading. */
  record Stats(String name, Map<String, String> values) {
    String value(String heading) {
      return values.getOrDefault(heading, "?");
    }
  }

  /** One Gatling assertion and whether it held. */
  record Goal(String text, boolean met) {
  }

  private LoadReport() {
  }

  /** Writes the report; see the class comment for the arguments. */
  public static void main(String[] argv) throws IOException {
    Map<String, String> args = new HashMap<>();
    for (String arg : argv) {
      int eq = arg.indexOf('=');
      if (!arg.startsWith("--") || eq < 0) {
        throw new IllegalArgumentException("Arguments read --name=value, not " + arg);
      }
      args.put(arg.substring(2, eq), arg.substring(eq + 1));
    }
    Path results = Paths.get(required(args, "results"));
    Path runFile = Paths.get(required(args, "run"));
    Path reportFile = Paths.get(required(args, "report"));
    Optional<Path> run = newestRun(results, runFile);
    if (run.isEmpty()) {
      System.err.println("No Gatling report of this run under " + results + " (newer than " + runFile
          + "): the load run did not finish; see its output above.");
      System.exit(1);
    }
    String html = Files.readString(run.get().resolve("index.html"), StandardCharsets.UTF_8);
    List<Stats> stats = stats(html);
    List<Goal> goals = goals(html);
    String report = report(properties(runFile), run.get(), stats, goals);
    Files.createDirectories(reportFile.toAbsolutePath().getParent());
    Files.writeString(reportFile, report, StandardCharsets.UTF_8);
    System.out.println(report);
    System.out.println("Report: " + reportFile.toAbsolutePath());
    if (stats.isEmpty() || goals.isEmpty() || goals.stream().anyMatch(goal -> !goal.met())) {
      System.err.println("The load run MISSED a goal (or has no figures); see " + reportFile);
      System.exit(1);
    }
  }

  /** The newest report folder of the simulation that is newer than the run's properties. */
  static Optional<Path> newestRun(Path results, Path runFile) throws IOException {
    if (!Files.isDirectory(results) || !Files.isRegularFile(runFile)) {
      return Optional.empty();
    }
    FileTime started = Files.getLastModifiedTime(runFile);
    try (Stream<Path> runs = Files.list(results)) {
      return runs.filter(dir -> dir.getFileName().toString().startsWith("portalloadsimulation-"))
          .filter(dir -> Files.isRegularFile(dir.resolve("index.html")))
          .filter(dir -> modified(dir.resolve("index.html")).compareTo(started) >= 0)
          .max(Comparator.comparing(dir -> dir.getFileName().toString()));
    }
  }

  /** The rows of the statistics table of Gatling's index page: "All Requests" first, then each request. */
  static List<Stats> stats(String html) {
    Map<String, String> headings = new HashMap<>();
    Matcher header = HEADER.matcher(html);
    while (header.find()) {
      headings.put(header.group(1), clean(header.group(2)));
    }
    List<Stats> rows = new ArrayList<>();
    Matcher row = ROW.matcher(html);
    while (row.find()) {
      Matcher name = NAME.matcher(row.group(2));
      if (!name.find()) {
        continue;
      }
      Map<String, String> values = new LinkedHashMap<>();
      Matcher cell = CELL.matcher(row.group(2));
      while (cell.find()) {
        values.put(headings.getOrDefault(cell.group(1), "col-" + cell.group(1)), cell.group(2).trim());
      }
      if (!values.isEmpty()) {
        rows.add(new Stats(clean(name.group(1)), values));
      }
    }
    return rows;
  }

  /** The assertions table of Gatling's index page. */
  static List<Goal> goals(String html) {
    List<Goal> goals = new ArrayList<>();
    Matcher assertion = ASSERTION.matcher(html);
    while (assertion.find()) {
      goals.add(new Goal(clean(assertion.group(1)), "OK".equals(assertion.group(2))));
    }
    return goals;
  }

  static String report(Properties run, Path gatlingRun, List<Stats> stats, List<Goal> goals) {
    StringBuilder out = new StringBuilder();
    out.append("# Atrium load benchmark: members at the workbench and the to-do center\n\n")
        .append(String.format(Locale.ROOT, "%s concurrent signed-in members (role `%s`, %s to-dos each) arriving over "
                + "%s s, each signing in once through the login form; once all have signed in, all of them load the "
                + "workbench and the to-do center for %s s, with 1–3 s of think time between pages. Server: the distribution on 127.0.0.1 with H2 and the hello plugin, JVM options: "
                + "%s; %s processors shared by the server and Gatling. The pages were warmed up before the run "
                + "(%s loads each, not measured).%n%n",
            run.getProperty("users", "?"), LoadData.ROLE, run.getProperty("greetings", "?"),
            run.getProperty("rampSeconds", "?"), run.getProperty("steadySeconds", "?"),
            run.getProperty("javaOptions", "?"), run.getProperty("processors", "?"),
            run.getProperty("warmUp", "?")))
        .append("| request | count | failed | req/s | p50 ms | p95 ms | p99 ms | max ms | mean ms |\n")
        .append("|---|---|---|---|---|---|---|---|---|\n");
    for (Stats row : stats) {
      out.append("| ").append(row.name().equals("All Requests") ? "**all requests**" : row.name())
          .append(" | ").append(row.value("Total"))
          .append(" | ").append(row.value("KO"))
          .append(" | ").append(row.value("Cnt/s"))
          .append(" | ").append(row.value("50th pct"))
          .append(" | ").append(row.value("95th pct"))
          .append(" | ").append(row.value("99th pct"))
          .append(" | ").append(row.value("Max"))
          .append(" | ").append(row.value("Mean"))
          .append(" |\n");
    }
    out.append("\n| goal | verdict |\n|---|---|\n");
    for (Goal goal : goals) {
      out.append("| ").append(goal.text()).append(" | ").append(goal.met() ? "met" : "MISSED").append(" |\n");
    }
    out.append("\n`sign in` is the form post (an Argon2id hash each, at most one per processor at a time); ")
        .append("`sign in Redirect 1` the workbench it leads to; pages marked *while members sign in* were opened ")
        .append("before the last member had signed in and are not part of the goal. ")
        .append("Gatling's full report: `").append(gatlingRun.toAbsolutePath().resolve("index.html")).append("`.\n\n")
        .append("Not measured: a member with 20 roles rendering `/admin/users.xhtml`; that page is not on this branch ")
        .append("yet (the JMH policy benchmark measures the access checks of such a member).\n")
        .append("\nRun at ").append(Instant.now()).append(".\n");
    return out.toString();
  }

  private static Properties properties(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }

  private static FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  private static String clean(String html) {
    return TAG.matcher(html).replaceAll("").replace("&nbsp;", " ").replaceAll("\\s+", " ").trim();
  }

  private static String required(Map<String, String> args, String name) {
    String value = args.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("Missing argument --" + name + "=...");
    }
    return value;
  }
}
