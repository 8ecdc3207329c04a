package io.atrium.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code --name=value} arguments the benchmarks pom passes to a benchmark's main class, and the
 * chores every benchmark shares: writing its Markdown report and noting the machine's load.
 */
public final class BenchmarkArgs {

  private final Map<String, String> values;

  private BenchmarkArgs(Map<String, String> values) {
    this.values = values;
  }

  /** Reads {@code --name=value} arguments; anything else is refused. */
  public static BenchmarkArgs parse(String[] argv) {
    Map<String, String> values = new HashMap<>();
    for (String arg : argv) {
      int eq = arg.indexOf('=');
      if (!arg.startsWith("--") || eq < 0) {
        throw new IllegalArgumentException("Arguments read --name=value, not " + arg);
      }
      values.put(arg.substring(2, eq), arg.substring(eq + 1));
    }
    return new BenchmarkArgs(values);
  }

  /** The value, or the fallback when the argument is absent. */
  public String text(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  /** A whole number, or the fallback when the argument is absent. */
  public int number(String name, int fallback) {
    return Integer.parseInt(values.getOrDefault(name, String.valueOf(fallback)));
  }

  /** A true/false argument, false unless given as true. */
  public boolean flag(String name) {
    return Boolean.parseBoolean(values.getOrDefault(name, "false"));
  }

  /** A value that must be given. */
  public String required(String name) {
    String value = values.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("Missing argument --" + name + "=...");
    }
    return value;
  }

  /** Writes a report to the file named by argument {@code name} and prints it. */
  public void write(String name, String report) throws IOException {
    Path file = Paths.get(required(name));
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, report);
    System.out.println(report);
    System.out.println("Report: " + file.toAbsolutePath());
  }

  /** The machine's load averages, for reports: the machines are shared, so absolute figures vary. */
  public static String load() {
    try {
      String[] parts = Files.readString(Paths.get("/proc/loadavg")).trim().split(" ");
      return "load average " + parts[0] + ", " + parts[1] + ", " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "load unknown";
    }
  }
}
