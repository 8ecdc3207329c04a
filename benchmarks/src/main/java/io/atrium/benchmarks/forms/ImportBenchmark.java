package io.atrium.benchmarks.forms;

import io.atrium.benchmarks.load.BenchmarkServer;
import io.atrium.kernel.tabular.FileSpreadsheets;
import io.atrium.sdk.table.TableFormat;
import io.atrium.sdk.table.TableWriter;
import jakarta.json.JsonObject;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The import of a large Excel file through REST: the workbook is written at run time, uploaded
 * ({@code POST /api/v1/forms/bench/imports}), run all or nothing with the suggested mapping, and
 * its progress polled until it is done; the time runs from the upload's first byte to the state
 * {@code done}.
 */
final class ImportBenchmark {

  /** One progress answer seen while polling. */
  record Progress(long millis, String state, int done, int total) {
  }

  /** What a run measured. */
  record Result(int rows, long fileBytes, long uploadMillis, long totalMillis, int imported, String state,
      String error, List<Progress> progress) {
  }

  private ImportBenchmark() {
  }

  /** Writes a workbook of {@code rows} records of the benchmark form under a header of its labels. */
  static Path workbook(Path folder, int rows) throws Exception {
    Files.createDirectories(folder);
    Path file = folder.resolve("bench-import.xlsx");
    List<String> labels = List.of("差旅", "餐费", "办公", "培训");
    LocalDate first = LocalDate.of(2025, 1, 1);
    try (OutputStream out = Files.newOutputStream(file);
        TableWriter writer = new FileSpreadsheets().write(out, TableFormat.XLSX, "records", ZoneOffset.UTC)) {
      writer.row(List.of("事由", "金额", "日期", "类别"));
      for (int n = 1; n <= rows; n++) {
        writer.row(List.of("导入事由 " + n, BigDecimal.valueOf(n * 37L % 1_000_000, 2), first.plusDays(n % 730),
            labels.get(n % labels.size())));
      }
    }
    return file;
  }

  /** Uploads and imports the file, polling the progress every {@code poll}. */
  static Result run(BenchmarkServer server, String token, Path file, int rows, Duration poll) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    String base = server.baseUrl() + "/api/v1/forms/" + BenchForm.KEY + "/imports";
    long start = System.nanoTime();
    HttpResponse<String> uploaded = http.send(request(base + "?name=bench-import.xlsx", token)
        .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofFile(file)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    long uploadMillis = (System.nanoTime() - start) / 1_000_000;
    if (uploaded.statusCode() != 201) {
      throw new IllegalStateException("The upload answered " + uploaded.statusCode() + ": " + uploaded.body());
    }
    JsonObject preview = FormsApi.json(uploaded.body());
    String id = preview.getString("id");
    HttpResponse<String> started = http.send(request(base + "/" + id + "/run", token)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"mapping\": "
            + preview.getJsonObject("suggestedMapping") + ", \"mode\": \"all-or-nothing\"}")).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (started.statusCode() != 202) {
      throw new IllegalStateException("The run answered " + started.statusCode() + ": " + started.body());
    }
    List<Progress> progress = new ArrayList<>();
    JsonObject status = FormsApi.json(started.body());
    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
    while (List.of("running", "checking").contains(status.getString("state")) && System.nanoTime() < deadline) {
      Thread.sleep(poll.toMillis());
      HttpResponse<String> polled = http.send(request(base + "/" + id, token).GET().build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      status = FormsApi.json(polled.body());
      progress.add(new Progress((System.nanoTime() - start) / 1_000_000, status.getString("state"),
          status.getInt("done"), status.getInt("total")));
    }
    long totalMillis = (System.nanoTime() - start) / 1_000_000;
    return new Result(rows, Files.size(file), uploadMillis, totalMillis, status.getInt("imported"),
        status.getString("state"), status.getString("error", null), progress);
  }

  /** The report's Markdown. */
  static String report(Result result, String javaOptions, String loadBefore, String loadAfter) {
    boolean met = "done".equals(result.state()) && result.imported() == result.rows() && result.totalMillis() < 60_000;
    boolean progressShown = result.progress().stream().anyMatch(p -> p.done() > 0 && p.done() < p.total());
    StringBuilder out = new StringBuilder("# Forms: import of a 100,000-row Excel file through REST (H2)\n\n")
        .append(String.format(Locale.ROOT, "The distribution on 127.0.0.1 with its H2 database file, JVM options: "
            + "%s; %d processors shared by the server and the client. A workbook of %,d rows (%.1f MB; text, "
            + "decimal, date and option label per row, header of the field labels) written at run time, uploaded "
            + "with an API token (`POST /api/v1/forms/%s/imports?name=bench-import.xlsx`, the file as the body), "
            + "then `POST .../run` with the suggested mapping and mode all-or-nothing, then `GET .../{id}` every "
            + "500 ms until the state is no longer running. Time from the first byte of the upload to the poll "
            + "that saw the end.%n%n", javaOptions, Runtime.getRuntime().availableProcessors(), result.rows(),
            result.fileBytes() / 1_048_576.0, BenchForm.KEY))
        .append("| step | ms |\n|---|---|\n")
        .append("| upload and preview (the whole file read once) | ").append(result.uploadMillis()).append(" |\n")
        .append("| upload to done (check and store every row) | ").append(result.totalMillis()).append(" |\n\n")
        .append(String.format(Locale.ROOT, "Outcome: state `%s`, %,d records imported%s.%n%n", result.state(),
            result.imported(), result.error() == null ? "" : ", error: " + result.error()))
        .append("Progress seen while polling (ms since the upload started, rows done / total):\n\n")
        .append("| ms | state | done | total |\n|---|---|---|---|\n");
    List<Progress> progress = result.progress();
    int step = Math.max(1, progress.size() / 15);
    for (int i = 0; i < progress.size(); i++) {
      if (i % step == 0 || i == progress.size() - 1) {
        Progress p = progress.get(i);
        out.append(String.format(Locale.ROOT, "| %d | %s | %,d | %,d |%n", p.millis(), p.state(), p.done(),
            p.total()));
      }
    }
    out.append("\n| goal | measured | verdict |\n|---|---|---|\n")
        .append(String.format(Locale.ROOT, "| 100,000-row Excel import < 60 s | %.1f s | %s |%n",
            result.totalMillis() / 1000.0, met ? "met" : "MISSED"))
        .append(String.format(Locale.ROOT, "| progress shown while it runs | %d polls, %s | %s |%n",
            progress.size(), progressShown ? "intermediate values seen" : "no intermediate value",
            progressShown ? "met" : "MISSED"))
        .append("\nMachine load (uptime) before: ").append(loadBefore).append("; after: ").append(loadAfter)
        .append(". The machine is shared; a load above the processor count slows the import.\n");
    return out.toString();
  }

  private static HttpRequest.Builder request(String url, String token) {
    return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5)).header("Accept", "application/json")
        .header("Authorization", "Bearer " + token);
  }

  /** Whether the run met its goals. */
  static boolean met(Result result) {
    return "done".equals(result.state()) && result.imported() == result.rows() && result.totalMillis() < 60_000
        && result.progress().stream().anyMatch(p -> p.done() > 0 && p.done() < p.total());
  }
}
