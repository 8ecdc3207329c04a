package io.atrium.forms.internal;

import io.atrium.forms.FormPermissions;
import io.atrium.forms.RecordImports;
import io.atrium.forms.imports.ImportField;
import io.atrium.forms.imports.ImportMode;
import io.atrium.forms.imports.ImportPreview;
import io.atrium.forms.imports.ImportRefusedException;
import io.atrium.forms.imports.ImportRefusedException.Kind;
import io.atrium.forms.imports.ImportState;
import io.atrium.forms.imports.ImportStatus;
import io.atrium.forms.imports.MappingSuggestion;
import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FieldType;
import io.atrium.forms.schema.FormsTexts;
import io.atrium.forms.storage.RecordStore;
import io.atrium.sdk.audit.AuditLog;
import io.atrium.sdk.event.EventPublisher;
import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.identity.Person;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.security.AccessDeniedException;
import io.atrium.sdk.security.AccessService;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.security.FieldAccess;
import io.atrium.sdk.table.Spreadsheets;
import io.atrium.sdk.table.TableReader;
import io.atrium.sdk.table.TableRow;
import io.atrium.sdk.table.UnreadableTableException;
import io.atrium.sdk.time.AtriumClock;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * {@link RecordImports} with the uploads kept in temporary files of this node and the checks and
 * runs on a small pool of background threads. Everything that depends on the caller (permission,
 * field access, language, owner and department of the new records) is taken on the request, since
 * background threads have no caller.
 */
@Component(service = RecordImports.class)
public class DefaultRecordImports implements RecordImports {

  /** Largest file accepted. */
  public static final long MAX_BYTES = 50L * 1024 * 1024;
  /** Most data rows in a file. */
  public static final int MAX_ROWS = 200_000;
  /** Most columns in a file. */
  public static final int MAX_COLUMNS = 200;
  /** Data rows shown in the preview. */
  static final int SAMPLE_ROWS = 10;
  /** Uploads one user may keep at once; the oldest is forgotten beyond that. */
  static final int UPLOADS_PER_USER = 5;
  /** An upload not looked at for this long is forgotten, its file deleted. */
  static final Duration IDLE = Duration.ofHours(2);

  private static final Logger LOG = Logger.getLogger(DefaultRecordImports.class.getName());
  /** Field types a column cannot fill: computed, numbered, files and sub-tables. */
  private static final Set<FieldType> NOT_MAPPABLE = Set.of(FieldType.FORMULA, FieldType.SERIAL,
      FieldType.SUBTABLE, FieldType.ATTACHMENT, FieldType.IMAGE, FieldType.SIGNATURE);

  private final PublishedForms forms;
  private final RecordStore store;
  private final CurrentUser user;
  private final AccessService access;
  private final Directory directory;
  private final Transactions transactions;
  private final EventPublisher events;
  private final AuditLog audit;
  private final AtriumClock clock;
  private final Spreadsheets spreadsheets;
  private final ConcurrentMap<String, ImportJob> jobs = new ConcurrentHashMap<>();
  private final ExecutorService workers;
  private final PermittedForms permittedForms;

  /** Declarative Services injects the collaborators. */
  @Activate
  public DefaultRecordImports(@Reference PublishedForms forms, @Reference RecordStore store,
      @Reference CurrentUser user, @Reference AccessService access, @Reference Directory directory,
      @Reference Transactions transactions, @Reference EventPublisher events, @Reference AuditLog audit,
      @Reference AtriumClock clock, @Reference Spreadsheets spreadsheets) {
    this.forms = forms;
    this.store = store;
    this.user = user;
    this.access = access;
    this.directory = directory;
    this.transactions = transactions;
    this.events = events;
    this.audit = audit;
    this.clock = clock;
    this.spreadsheets = spreadsheets;
    this.permittedForms = new PermittedForms(forms, user);
    AtomicInteger count = new AtomicInteger();
    this.workers = Executors.newFixedThreadPool(2, task -> {
      Thread thread = new Thread(task, "forms-import-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  /** Stops the background passes and deletes the uploads. */
  @Deactivate
  public void stop() {
    workers.shutdownNow();
    jobs.values().forEach(job -> delete(job.file));
    jobs.clear();
  }

  @Override
  public ImportPreview upload(String formKey, String fileName, InputStream content) {
    CurrentForm form = permitted(formKey);
    long userId = user.userId().orElseThrow(() -> new AccessDeniedException(FormPermissions.of(formKey, "import")));
    Locale locale = user.locale();
    forgetIdle();
    Path file = null;
    try {
      file = Files.createTempFile("atrium-forms-import-", ".upload");
      copy(content, file, locale);
      ImportPreview preview = preview(form, UUID.randomUUID().toString(), file, fileName, locale);
      ImportJob job = new ImportJob(preview.id(), formKey, userId, file, preview, clock.now());
      jobs.put(job.id, job);
      keepFewPerUser(userId);
      return preview;
    } catch (IOException e) {
      delete(file);
      throw new ImportRefusedException(Kind.MALFORMED, FormsTexts.text(locale, "forms.import.unreadable"));
    } catch (RuntimeException e) {
      delete(file);
      throw e;
    }
  }

  @Override
  public ImportPreview preview(String formKey, String importId) {
    ImportJob job = own(formKey, importId);
    CurrentForm form = permitted(formKey);
    // the fields again: the form or the user's access may have changed since the upload
    List<ImportField> fields = fields(form, user.locale());
    ImportPreview upload = job.preview;
    return new ImportPreview(upload.id(), upload.fileName(), upload.format(), upload.rows(), upload.headers(),
        upload.sample(), upload.suggested(), fields);
  }

  @Override
  public ImportStatus status(String formKey, String importId) {
    return own(formKey, importId).status();
  }

  @Override
  public ImportStatus check(String formKey, String importId, Map<Integer, String> mapping) {
    return start(formKey, importId, mapping, null);
  }

  @Override
  public ImportStatus run(String formKey, String importId, Map<Integer, String> mapping, ImportMode mode) {
    if (mode == null) {
      throw new ImportRefusedException(Kind.MALFORMED, FormsTexts.text(user.locale(), "forms.import.noMode"));
    }
    return start(formKey, importId, mapping, mode);
  }

  @Override
  public void discard(String formKey, String importId) {
    ImportJob job = own(formKey, importId);
    if (job.state().busy()) {
      throw new ImportRefusedException(Kind.CONFLICT, FormsTexts.text(user.locale(), "forms.import.busy"));
    }
    jobs.remove(job.id);
    delete(job.file);
  }

  private ImportStatus start(String formKey, String importId, Map<Integer, String> mapping, ImportMode mode) {
    ImportJob job = own(formKey, importId);
    CurrentForm form = permitted(formKey);
    Locale locale = user.locale();
    Map<String, FieldAccess> writable = FieldRights.creatable(user, access, form);
    checkMapping(form, job, mapping, writable, locale);
    Long userId = job.userId;
    Long departmentId = directory.person(userId).map(Person::departmentId).orElse(null);
    String username = user.username().orElse(String.valueOf(userId));
    synchronized (job) {
      if (job.state().busy()) {
        throw new ImportRefusedException(Kind.CONFLICT, FormsTexts.text(locale, "forms.import.busy"));
      }
      if (job.state() == ImportState.DONE) {
        throw new ImportRefusedException(Kind.CONFLICT, FormsTexts.text(locale, "forms.import.done"));
      }
      job.start(mode == null ? ImportState.CHECKING : ImportState.RUNNING, mode, mapping);
    }
    ImportRun run = new ImportRun(job, form, mapping, mode, locale, userId, departmentId, username, this);
    try {
      workers.execute(run);
    } catch (RejectedExecutionException e) {
      job.finish(ImportState.FAILED, 0, FormsTexts.text(locale, "forms.import.stopped"));
    }
    return job.status();
  }

  private void checkMapping(CurrentForm form, ImportJob job, Map<Integer, String> mapping,
      Map<String, FieldAccess> writable, Locale locale) {
    if (mapping == null || mapping.isEmpty()) {
      throw new ImportRefusedException(Kind.MALFORMED, FormsTexts.text(locale, "forms.import.noMapping"));
    }
    Set<String> used = new HashSet<>();
    for (Map.Entry<Integer, String> entry : mapping.entrySet()) {
      int column = entry.getKey();
      if (column < 0 || column >= job.preview.headers().size()) {
        throw new ImportRefusedException(Kind.MALFORMED, FormsTexts.text(locale, "forms.import.noColumn",
            column + 1));
      }
      FieldDefinition field = form.published().schema().field(entry.getValue()).orElseThrow(() ->
          new ImportRefusedException(Kind.MALFORMED, FormsTexts.text(locale, "forms.import.noField",
              entry.getValue())));
      if (NOT_MAPPABLE.contains(field.type())) {
        throw new ImportRefusedException(Kind.MALFORMED, FormsTexts.text(locale, "forms.import.notMappable",
            field.label().in(locale)));
      }
      if (writable.get(field.name()) != FieldAccess.WRITE) {
        throw new AccessDeniedException(FormsTexts.text(locale, "forms.import.notWritable",
            field.label().in(locale)));
      }
      if (!used.add(field.name())) {
        throw new ImportRefusedException(Kind.MALFORMED, FormsTexts.text(locale, "forms.import.mappedTwice",
            field.label().in(locale)));
      }
    }
  }

  /** Reads the whole file once: a broken or too large file is refused now, before anything is done with it. */
  private ImportPreview preview(CurrentForm form, String id, Path file, String fileName, Locale locale)
      throws IOException {
    List<String> headers = null;
    List<List<String>> sample = new ArrayList<>();
    int rows = 0;
    String format;
    try (TableReader reader = spreadsheets.read(file, fileName, MAX_COLUMNS)) {
      format = reader.format().extension();
      for (TableRow row = reader.next(); row != null; row = reader.next()) {
        if (row.blank()) {
          continue;
        }
        if (headers == null) {
          headers = row.cells();
          continue;
        }
        rows++;
        if (rows > MAX_ROWS) {
          throw new ImportRefusedException(Kind.TOO_LARGE, FormsTexts.text(locale, "forms.import.tooManyRows",
              MAX_ROWS));
        }
        if (sample.size() < SAMPLE_ROWS) {
          sample.add(row.cells());
        }
      }
    } catch (UnreadableTableException e) {
      throw refused(e, locale);
    }
    if (headers == null || rows == 0) {
      throw new ImportRefusedException(Kind.MALFORMED, FormsTexts.text(locale, "forms.import.noRows"));
    }
    List<ImportField> fields = fields(form, locale);
    Map<String, List<String>> labels = new LinkedHashMap<>();
    form.published().schema().fields().forEach(f -> labels.put(f.name(), List.copyOf(f.label().byLanguage().values())));
    return new ImportPreview(id, fileName, format, rows, headers, sample,
        MappingSuggestion.suggest(headers, fields, labels), fields);
  }

  /** A file problem in the user's language. */
  static ImportRefusedException refused(UnreadableTableException e, Locale locale) {
    String key = "forms.import.file." + switch (e.reason()) {
      case EMPTY -> "empty";
      case UNSUPPORTED_EXTENSION -> "extension";
      case LEGACY_EXCEL -> "xls";
      case CONTENT_MISMATCH -> "mismatch";
      case MALFORMED -> "malformed";
      case TOO_MANY_COLUMNS -> "columns";
    };
    Kind kind = switch (e.reason()) {
      case EMPTY, MALFORMED -> Kind.MALFORMED;
      case TOO_MANY_COLUMNS -> Kind.TOO_LARGE;
      default -> Kind.UNSUPPORTED;
    };
    return new ImportRefusedException(kind, FormsTexts.text(locale, key, e.row(), MAX_COLUMNS));
  }

  private List<ImportField> fields(CurrentForm form, Locale locale) {
    Map<String, FieldAccess> writable = FieldRights.creatable(user, access, form);
    List<ImportField> fields = new ArrayList<>();
    for (FieldDefinition field : form.published().schema().fields()) {
      if (writable.get(field.name()) == FieldAccess.HIDDEN) {
        continue; // a hidden field is not even named
      }
      fields.add(new ImportField(field.name(), field.label().in(locale), field.type().jsonName(), field.required(),
          writable.get(field.name()) == FieldAccess.WRITE && !NOT_MAPPABLE.contains(field.type())));
    }
    return fields;
  }

  private CurrentForm permitted(String formKey) {
    return permittedForms.permitted(formKey, "import");
  }

  private ImportJob own(String formKey, String importId) {
    ImportJob job = importId == null ? null : jobs.get(importId);
    Long caller = user.userId().orElse(null);
    if (job == null || !job.formKey.equals(formKey) || caller == null || job.userId != caller) {
      throw new ImportRefusedException(Kind.NOT_FOUND, FormsTexts.text(user.locale(), "forms.import.notFound"));
    }
    permitted(formKey);
    job.touchedAt = clock.now();
    return job;
  }

  private void copy(InputStream content, Path file, Locale locale) throws IOException {
    long written = 0;
    byte[] buffer = new byte[64 * 1024];
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
        written += n;
        if (written > MAX_BYTES) {
          throw new ImportRefusedException(Kind.TOO_LARGE, FormsTexts.text(locale, "forms.import.tooLarge",
              MAX_BYTES / (1024 * 1024)));
        }
        out.write(buffer, 0, n);
      }
    }
  }

  private void forgetIdle() {
    Instant limit = clock.now().minus(IDLE);
    jobs.values().removeIf(job -> {
      boolean idle = !job.state().busy() && job.touchedAt.isBefore(limit);
      if (idle) {
        delete(job.file);
      }
      return idle;
    });
  }

  private void keepFewPerUser(long userId) {
    List<ImportJob> mine = jobs.values().stream().filter(j -> j.userId == userId && !j.state().busy())
        .sorted((a, b) -> a.touchedAt.compareTo(b.touchedAt)).toList();
    for (int i = 0; i < mine.size() - UPLOADS_PER_USER; i++) {
      jobs.remove(mine.get(i).id);
      delete(mine.get(i).file);
    }
  }

  private static void delete(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not delete the import file " + file, e);
    }
  }

  RecordStore store() {
    return store;
  }

  PublishedForms forms() {
    return forms;
  }

  Transactions transactions() {
    return transactions;
  }

  EventPublisher events() {
    return events;
  }

  AuditLog audit() {
    return audit;
  }

  AtriumClock clock() {
    return clock;
  }

  Directory directory() {
    return directory;
  }

  Spreadsheets spreadsheets() {
    return spreadsheets;
  }
}
