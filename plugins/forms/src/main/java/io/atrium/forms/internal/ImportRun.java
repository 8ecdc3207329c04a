package io.atrium.forms.internal;

import io.atrium.forms.imports.ImportMode;
import io.atrium.forms.imports.ImportProblem;
import io.atrium.forms.imports.ImportState;
import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FieldType;
import io.atrium.forms.schema.FormsTexts;
import io.atrium.forms.storage.NewRecord;
import io.atrium.forms.validation.ValidationContext;
import io.atrium.forms.validation.ValidationResult;
import io.atrium.sdk.identity.Department;
import io.atrium.sdk.identity.Person;
import io.atrium.sdk.record.FieldProblem;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.record.RecordEvents;
import io.atrium.sdk.record.RecordStatus;
import io.atrium.sdk.record.RecordValidationException;
import io.atrium.sdk.table.TableReader;
import io.atrium.sdk.table.TableRow;
import io.atrium.sdk.table.UnreadableTableException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One pass over an uploaded file in the background: every row is checked with the form's
 * validator; a run also stores the rows that pass, in batches, all in one transaction, so an
 * all-or-nothing run that meets a failing row (or any failure) leaves the table as it was.
 */
final class ImportRun implements Runnable {

  /** Records stored per batch. */
  static final int BATCH = 1_000;

  private static final Logger LOG = Logger.getLogger(ImportRun.class.getName());

  /** Thrown inside the transaction to undo an all-or-nothing run that found problems. */
  private static final class Undo extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Undo() {
      super(null, null, false, false);
    }
  }

  private final ImportJob job;
  private final CurrentForm form;
  private final Map<Integer, String> mapping;
  private final ImportMode mode;
  private final Locale locale;
  private final Long userId;
  private final Long departmentId;
  private final String username;
  private final DefaultRecordImports imports;
  private final Map<String, Set<Object>> uniqueSeen = new HashMap<>();
  private final Map<String, Integer> columnOf = new HashMap<>();
  private Map<String, Long> departmentsByName;
  private int stored;
  private Long firstId;
  private Long lastId;

  ImportRun(ImportJob job, CurrentForm form, Map<Integer, String> mapping, ImportMode mode, Locale locale,
      Long userId, Long departmentId, String username, DefaultRecordImports imports) {
    this.job = job;
    this.form = form;
    this.mapping = Map.copyOf(mapping);
    this.mode = mode;
    this.locale = locale;
    this.userId = userId;
    this.departmentId = departmentId;
    this.username = username;
    this.imports = imports;
    mapping.forEach((column, field) -> columnOf.put(field, column));
  }

  @Override
  public void run() {
    try {
      if (mode == null) {
        pass(false);
        job.finish(ImportState.CHECKED, 0, null);
        return;
      }
      imports.transactions().required(() -> {
        pass(true);
        if (mode == ImportMode.ALL_OR_NOTHING && job.invalid() > 0) {
          throw new Undo();
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("file", job.preview.fileName());
        after.put("mode", mode.code());
        after.put("rows", job.preview.rows());
        after.put("imported", stored);
        after.put("skipped", job.invalid());
        after.put("firstId", firstId);
        after.put("lastId", lastId);
        after.put("importedBy", username);
        after.put("importedById", userId);
        imports.audit().record("record.import", DefaultFormRecords.source(form.key()), job.id, Map.of(), after);
        return null;
      });
      job.finish(ImportState.DONE, stored, null);
    } catch (io.atrium.sdk.persistence.TransactionFailedException e) {
      if (e.getCause() instanceof UnreadableTableException unreadable) {
        job.finish(ImportState.FAILED, 0, DefaultRecordImports.refused(unreadable, locale).getMessage());
      } else {
        LOG.log(Level.SEVERE, "Import " + job.id + " into form " + form.key() + " failed", e);
        job.finish(ImportState.FAILED, 0, FormsTexts.text(locale, "forms.import.failed"));
      }
    } catch (Undo undo) {
      job.finish(ImportState.FAILED, 0, FormsTexts.text(locale, "forms.import.refusedRows", job.invalid()));
    } catch (UnreadableTableException e) {
      job.finish(ImportState.FAILED, 0, DefaultRecordImports.refused(e, locale).getMessage());
    } catch (RecordValidationException e) {
      // a unique value taken meanwhile by someone else: the database's index had the last word
      job.finish(ImportState.FAILED, 0, FormsTexts.text(locale, "forms.import.conflict",
          e.problems().isEmpty() ? "" : e.problems().get(0).label() + ": " + e.problems().get(0).message()));
    } catch (RuntimeException | Error e) {
      LOG.log(Level.SEVERE, "Import " + job.id + " into form " + form.key() + " failed", e);
      job.finish(ImportState.FAILED, 0, FormsTexts.text(locale, "forms.import.failed"));
    } catch (Exception e) {
      LOG.log(Level.SEVERE, "Import " + job.id + " into form " + form.key() + " failed", e);
      job.finish(ImportState.FAILED, 0, FormsTexts.text(locale, "forms.import.failed"));
    }
  }

  private void pass(boolean store) throws Exception {
    List<Map<String, Object>> batch = new ArrayList<>(BATCH);
    ValidationContext context = ValidationContext.create(locale);
    Instant at = imports.clock().now();
    try (TableReader reader = imports.spreadsheets().read(job.file, job.preview.fileName(),
        DefaultRecordImports.MAX_COLUMNS)) {
      boolean header = true;
      for (TableRow row = reader.next(); row != null; row = reader.next()) {
        if (Thread.currentThread().isInterrupted()) {
          throw new InterruptedException("The import was stopped");
        }
        if (row.blank()) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        ValidationResult result = imports.forms().validator().check(form.logic(), values(row), context);
        List<ImportProblem> problems = problems(row.number(), result);
        job.row(problems);
        boolean storing = store && (mode == ImportMode.VALID_ROWS || job.invalid() == 0);
        if (problems.isEmpty() && storing) {
          batch.add(result.values());
          if (batch.size() == BATCH) {
            insert(batch, at);
          }
        }
      }
    }
    if (store && !batch.isEmpty() && (mode == ImportMode.VALID_ROWS || job.invalid() == 0)) {
      insert(batch, at);
    }
  }

  private void insert(List<Map<String, Object>> batch, Instant at) {
    List<RecordData> created = imports.store().insertAll(form.layout(), batch,
        new NewRecord(userId, departmentId, RecordStatus.SUBMITTED, userId, at));
    for (RecordData record : created) {
      Map<String, Object> payload = new LinkedHashMap<>();
      payload.put(RecordEvents.SOURCE, record.source());
      payload.put(RecordEvents.ID, record.id());
      payload.put(RecordEvents.VERSION, record.version());
      payload.put(RecordEvents.VALUES, JsonLike.of(record.values()));
      imports.events().publish(RecordEvents.CREATED, payload);
    }
    if (!created.isEmpty()) {
      firstId = firstId == null ? created.get(0).id() : firstId;
      lastId = created.get(created.size() - 1).id();
    }
    stored += created.size();
    batch.clear();
  }

  /** The mapped cells of a row; people and departments may be given by login name and name. */
  private Map<String, Object> values(TableRow row) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Map.Entry<Integer, String> entry : mapping.entrySet()) {
      String text = row.cell(entry.getKey());
      if (text.isEmpty()) {
        continue;
      }
      FieldDefinition field = form.published().schema().field(entry.getValue()).orElseThrow();
      values.put(field.name(), resolve(field, text));
    }
    return values;
  }

  private Object resolve(FieldDefinition field, String text) {
    if (text.chars().allMatch(Character::isDigit)) {
      return text;
    }
    if (field.type() == FieldType.USER) {
      return imports.directory().personByUsername(text).map(Person::id).map(Object.class::cast).orElse(text);
    }
    if (field.type() == FieldType.DEPARTMENT) {
      Long id = departmentsByName().get(text);
      return id == null ? (Object) text : id;
    }
    return text;
  }

  /** Departments by name, when the name is unique. */
  private Map<String, Long> departmentsByName() {
    if (departmentsByName == null) {
      Map<String, Long> byName = new HashMap<>();
      Set<String> twice = new HashSet<>();
      for (Department department : imports.directory().departments()) {
        if (byName.put(department.name(), department.id()) != null) {
          twice.add(department.name());
        }
      }
      twice.forEach(byName::remove);
      departmentsByName = byName;
    }
    return departmentsByName;
  }

  private List<ImportProblem> problems(int rowNumber, ValidationResult result) {
    List<ImportProblem> problems = new ArrayList<>();
    for (FieldProblem problem : result.problems()) {
      String name = topLevel(problem.field());
      problems.add(new ImportProblem(rowNumber, header(name), name, problem.label() + ": " + problem.message()));
    }
    if (problems.isEmpty()) {
      for (FieldDefinition field : form.published().schema().fields()) {
        Object value = result.values().get(field.name());
        if (field.unique() && value != null && !uniqueSeen.computeIfAbsent(field.name(), n -> new HashSet<>())
            .add(value)) {
          problems.add(new ImportProblem(rowNumber, header(field.name()), field.name(), field.label().in(locale)
              + ": " + FormsTexts.text(locale, "forms.import.duplicateInFile")));
        }
      }
    }
    return problems;
  }

  private String header(String field) {
    Integer column = columnOf.get(field);
    return column == null ? "" : job.preview.headers().get(column);
  }

  /** {@code items[0].amount} names the field {@code items}. */
  private static String topLevel(String path) {
    if (path == null) {
      return "";
    }
    int end = path.length();
    int bracket = path.indexOf('[');
    int dot = path.indexOf('.');
    if (bracket >= 0) {
      end = bracket;
    }
    if (dot >= 0 && dot < end) {
      end = dot;
    }
    return path.substring(0, end);
  }
}
