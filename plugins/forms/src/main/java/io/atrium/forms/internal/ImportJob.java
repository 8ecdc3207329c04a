package io.atrium.forms.internal;

import io.atrium.forms.imports.ImportMode;
import io.atrium.forms.imports.ImportPreview;
import io.atrium.forms.imports.ImportProblem;
import io.atrium.forms.imports.ImportState;
import io.atrium.forms.imports.ImportStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One upload and what has been done with it. The background pass writes the counters while
 * requests read them, so they are volatile and the report list is guarded by the job.
 */
final class ImportJob {

  final String id;
  final String formKey;
  final long userId;
  final Path file;
  final ImportPreview preview;
  volatile Instant touchedAt;

  private volatile ImportState state = ImportState.UPLOADED;
  private volatile ImportMode mode;
  private volatile Map<Integer, String> mapping = Map.of();
  private volatile int done;
  private volatile int valid;
  private volatile int invalid;
  private volatile int imported;
  private volatile int problemCount;
  private volatile String error;
  private final List<ImportProblem> problems = new ArrayList<>();

  ImportJob(String id, String formKey, long userId, Path file, ImportPreview preview, Instant at) {
    this.id = id;
    this.formKey = formKey;
    this.userId = userId;
    this.file = file;
    this.preview = preview;
    this.touchedAt = at;
  }

  ImportState state() {
    return state;
  }

  /** Starts a pass: clears the counters and the report. */
  synchronized void start(ImportState busy, ImportMode newMode, Map<Integer, String> newMapping) {
    state = busy;
    mode = newMode;
    mapping = Map.copyOf(newMapping);
    done = 0;
    valid = 0;
    invalid = 0;
    imported = 0;
    problemCount = 0;
    error = null;
    problems.clear();
  }

  /** A row was checked; its problems (if any) go into the report. */
  synchronized void row(List<ImportProblem> rowProblems) {
    done++;
    if (rowProblems.isEmpty()) {
      valid++;
      return;
    }
    invalid++;
    problemCount += rowProblems.size();
    for (ImportProblem problem : rowProblems) {
      if (problems.size() < ImportStatus.MAX_PROBLEMS) {
        problems.add(problem);
      }
    }
  }

  int invalid() {
    return invalid;
  }

  /** The pass ended; {@code stored} records were imported, or it failed with {@code failure}. */
  synchronized void finish(ImportState end, int stored, String failure) {
    imported = stored;
    error = failure;
    state = end;
  }

  /** A snapshot for the caller. */
  synchronized ImportStatus status() {
    return new ImportStatus(id, preview.fileName(), state, mode, done, preview.rows(), valid, invalid, imported,
        problems, problemCount, error, mapping);
  }
}
