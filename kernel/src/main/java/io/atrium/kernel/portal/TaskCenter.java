package io.atrium.kernel.portal;

import io.atrium.kernel.audit.Audit;
import io.atrium.kernel.audit.AuditEvent;
import io.atrium.kernel.host.Contribution;
import io.atrium.kernel.i18n.KernelTexts;
import io.atrium.kernel.validation.Problems;
import io.atrium.sdk.portal.BulkResult;
import io.atrium.sdk.portal.Task;
import io.atrium.sdk.portal.TaskAction;
import io.atrium.sdk.portal.TaskBox;
import io.atrium.sdk.portal.TaskPage;
import io.atrium.sdk.portal.TaskProvider;
import io.atrium.sdk.portal.TaskQuery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The unified to-do center: merges the {@link TaskProvider}s of running plugins per tab, newest
 * first, pages across them, counts the tabs and applies a provider's bulk actions. Providers are
 * asked at once, as the signed-in user, each within a budget; one that throws or is too slow gives
 * an error line and the others still show.
 */
public final class TaskCenter {

  private static final Logger LOG = Logger.getLogger(TaskCenter.class.getName());

  /** How long a list or count waits for its providers. */
  public static final Duration BUDGET = Duration.ofSeconds(3);
  /**
   * How deep a list merged from several sources reaches: each source is asked for its newest
   * {@code offset + limit} tasks, at most this many.
   */
  public static final int MAX_WINDOW = 5000;
  /** Most tasks one bulk action handles. */
  public static final int MAX_BULK = 200;
  /** Longest comment of a bulk action. */
  public static final int MAX_COMMENT = 2000;

  /** Newest first. */
  private static final Comparator<TaskRow> NEWEST_FIRST =
      Comparator.comparing((TaskRow row) -> row.task().createdAt()).reversed();

  private final PortalParts<TaskProvider> parts;
  private final ProviderCalls calls;
  private final Duration budget;
  private final Audit audit;

  /** Creates the center. */
  public TaskCenter(PortalParts<TaskProvider> parts, ProviderCalls calls, Duration budget, Audit audit) {
    this.parts = parts;
    this.calls = calls;
    this.budget = budget;
    this.audit = audit;
  }

  /** The sources of running plugins with their translated names and bulk actions, in plugin and id order. */
  public List<TaskSource> sources(Locale locale) {
    List<TaskSource> sources = new ArrayList<>();
    for (Source source : running()) {
      List<TaskSource.Action> actions = new ArrayList<>();
      for (TaskAction action : source.actions()) {
        actions.add(new TaskSource.Action(source.key(), action.id(), parts.label(action.labelKey(), locale),
            action.needsComment()));
      }
      sources.add(new TaskSource(source.key(), source.contribution().pluginId(), source.id(),
          parts.label(source.labelKey(), locale), actions));
    }
    return sources;
  }

  /** How many tasks each tab holds; a source that fails is named in the errors and counts nothing. */
  public TaskCounts counts(Locale locale) {
    List<Source> sources = running();
    List<ProviderCalls.Call<Map<TaskBox, Long>>> work = new ArrayList<>();
    for (Source source : sources) {
      TaskProvider provider = source.contribution().service();
      work.add(new ProviderCalls.Call<>("task provider " + source.key() + " (counts)", () -> {
        Map<TaskBox, Long> counts = new EnumMap<>(TaskBox.class);
        for (TaskBox box : TaskBox.values()) {
          counts.put(box, Math.max(0, provider.count(box)));
        }
        return counts;
      }));
    }
    Map<TaskBox, Long> totals = new EnumMap<>(TaskBox.class);
    List<SourceError> errors = new ArrayList<>();
    List<ProviderCalls.Outcome<Map<TaskBox, Long>>> outcomes = calls.all(work, budget);
    for (int i = 0; i < sources.size(); i++) {
      ProviderCalls.Outcome<Map<TaskBox, Long>> outcome = outcomes.get(i);
      if (outcome.ok()) {
        outcome.value().forEach((box, count) -> totals.merge(box, count, Long::sum));
      } else {
        errors.add(error(sources.get(i), outcome, locale));
      }
    }
    return new TaskCounts(totals, errors);
  }

  /** How many tasks one tab holds, for the menu; sources that fail count nothing. */
  public long count(TaskBox box) {
    List<Source> sources = running();
    List<ProviderCalls.Call<Long>> work = new ArrayList<>();
    for (Source source : sources) {
      TaskProvider provider = source.contribution().service();
      work.add(new ProviderCalls.Call<>("task provider " + source.key() + " (count)", () -> provider.count(box)));
    }
    long total = 0;
    for (ProviderCalls.Outcome<Long> outcome : calls.all(work, budget)) {
      if (outcome.ok() && outcome.value() != null) {
        total += Math.max(0, outcome.value());
      }
    }
    return total;
  }

  /**
   * A page of the merged list of a tab: each source is asked for its newest tasks up to the end of
   * the page, the answers are merged newest first (ties keep source order) and the page is cut out.
   * With one source (or a source filter) the page is asked of it directly.
   */
  public TaskList page(TaskBox box, TaskFilter filter, int offset, int limit, Locale locale) {
    Objects.requireNonNull(box, "box");
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must not be negative");
    }
    List<Source> sources = selected(filter);
    boolean direct = sources.size() == 1;
    int window = (int) Math.min((long) offset + limit, MAX_WINDOW);
    boolean beyondWindow = !direct && (long) offset + limit > MAX_WINDOW;
    TaskQuery query = direct ? new TaskQuery(box, filter.text(), filter.from(), filter.to(), offset, limit)
        : new TaskQuery(box, filter.text(), filter.from(), filter.to(), 0, window);
    List<ProviderCalls.Outcome<TaskPage>> outcomes = ask(sources, query);
    List<TaskRow> merged = new ArrayList<>();
    List<SourceError> errors = new ArrayList<>();
    long total = 0;
    for (int i = 0; i < sources.size(); i++) {
      Source source = sources.get(i);
      ProviderCalls.Outcome<TaskPage> outcome = outcomes.get(i);
      if (!outcome.ok() || outcome.value() == null) {
        errors.add(error(source, outcome, locale));
        continue;
      }
      TaskPage page = outcome.value();
      String label = parts.label(source.labelKey(), locale);
      List<TaskRow> rows = new ArrayList<>();
      for (Task task : page.tasks()) {
        if (task != null) {
          rows.add(new TaskRow(source.key(), source.contribution().pluginId(), label, task));
        }
      }
      rows.sort(NEWEST_FIRST);
      merged.addAll(rows.subList(0, Math.min(rows.size(), direct ? limit : window)));
      total += Math.max(page.total(), rows.size());
    }
    if (direct) {
      return new TaskList(merged, total, errors, false);
    }
    merged.sort(NEWEST_FIRST);
    List<TaskRow> rows = offset >= merged.size() ? List.of()
        : merged.subList(offset, Math.min(merged.size(), offset + limit));
    return new TaskList(rows, total, errors, beyondWindow);
  }

  /** How many tasks of a tab match the filter, without loading them (each source is asked for none). */
  public long total(TaskBox box, TaskFilter filter) {
    List<Source> sources = selected(filter);
    long total = 0;
    for (ProviderCalls.Outcome<TaskPage> outcome : ask(sources,
        new TaskQuery(box, filter.text(), filter.from(), filter.to(), 0, 0))) {
      if (outcome.ok() && outcome.value() != null) {
        total += Math.max(0, outcome.value().total());
      }
    }
    return total;
  }

  /**
   * Applies a source's bulk action to the selected tasks of that source, as the current user, on
   * the calling thread (an action that changes data is never abandoned half-way). Selected tasks
   * of other sources are reported as not applicable. The result lists every selected task.
   *
   * @throws io.atrium.kernel.validation.InvalidInputException when nothing is selected, too much is
   *     selected, or the comment is missing or too long; nothing was applied then
   */
  public BulkOutcome perform(String sourceKey, String actionId, List<TaskRef> selected, String comment,
      Locale locale) {
    List<TaskRef> tasks = new ArrayList<>(new LinkedHashSet<>(selected == null ? List.of() : selected));
    String note = comment == null ? "" : comment.strip();
    Optional<Source> found = running().stream().filter(s -> s.key().equals(sourceKey)).findFirst();
    Optional<TaskAction> action = found.flatMap(s -> s.actions().stream().filter(a -> a.id().equals(actionId))
        .findFirst());
    new Problems()
        .check(tasks.isEmpty(), "tasks", "portal.bulk.none")
        .check(tasks.size() > MAX_BULK, "tasks", "portal.bulk.tooMany", MAX_BULK)
        .check(action.map(TaskAction::needsComment).orElse(false) && note.isEmpty(), "comment",
            "portal.bulk.commentRequired")
        .check(note.length() > MAX_COMMENT, "comment", "portal.bulk.commentLong", MAX_COMMENT)
        .throwIfAny();
    if (found.isEmpty() || action.isEmpty()) {
      String why = KernelTexts.format(locale, found.isEmpty() ? "portal.bulk.unavailable" : "portal.bulk.unknownAction");
      return new BulkOutcome(actionId, tasks.stream().map(t -> new BulkOutcome.Result(t, false, why)).toList());
    }
    Source source = found.get();
    String label = parts.label(action.get().labelKey(), locale);
    List<String> ids = tasks.stream().filter(t -> t.sourceKey().equals(sourceKey)).map(TaskRef::taskId).toList();
    BulkResult result = ids.isEmpty() ? new BulkResult(List.of(), Map.of()) : apply(source, actionId, ids, note, locale);
    String otherSource = KernelTexts.format(locale, "portal.bulk.otherSource", label);
    String noReport = KernelTexts.format(locale, "portal.bulk.noReport");
    List<BulkOutcome.Result> results = new ArrayList<>();
    for (TaskRef task : tasks) {
      if (!task.sourceKey().equals(sourceKey)) {
        results.add(new BulkOutcome.Result(task, false, otherSource));
      } else if (result.failed().containsKey(task.taskId())) {
        results.add(new BulkOutcome.Result(task, false, result.failed().get(task.taskId())));
      } else if (result.done().contains(task.taskId())) {
        results.add(new BulkOutcome.Result(task, true, ""));
      } else {
        results.add(new BulkOutcome.Result(task, false, noReport));
      }
    }
    record(source, actionId, result);
    return new BulkOutcome(label, results);
  }

  private BulkResult apply(Source source, String actionId, List<String> ids, String note, Locale locale) {
    TaskProvider provider = source.contribution().service();
    ProviderCalls.Outcome<BulkResult> outcome = ProviderCalls.runHere(new ProviderCalls.Call<>(
        "bulk action " + actionId + " of task provider " + source.key(), () -> provider.perform(actionId, ids, note)));
    if (outcome.ok() && outcome.value() != null) {
      return outcome.value();
    }
    String why;
    if (outcome.error() instanceof IllegalArgumentException) {
      why = KernelTexts.format(locale, "portal.bulk.unknownAction");
    } else {
      String reference = UUID.randomUUID().toString().substring(0, 8);
      LOG.log(Level.WARNING, "Bulk action " + actionId + " of " + source.key() + " failed, reference " + reference,
          outcome.error());
      why = KernelTexts.format(locale, "portal.bulk.failed", reference);
    }
    Map<String, String> failed = new LinkedHashMap<>();
    ids.forEach(id -> failed.put(id, why));
    return new BulkResult(List.of(), failed);
  }

  private void record(Source source, String actionId, BulkResult result) {
    if (result.done().isEmpty() && result.failed().isEmpty()) {
      return;
    }
    try {
      audit.record(new AuditEvent("data", "task.bulk", "task", source.key() + "#" + actionId, Map.of(),
          Map.of("done", List.copyOf(result.done()), "failed", List.copyOf(result.failed().keySet())),
          source.contribution().pluginId(), null));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The bulk action " + actionId + " of " + source.key() + " could not be audited", e);
    }
  }

  private List<ProviderCalls.Outcome<TaskPage>> ask(List<Source> sources, TaskQuery query) {
    List<ProviderCalls.Call<TaskPage>> work = new ArrayList<>();
    for (Source source : sources) {
      TaskProvider provider = source.contribution().service();
      work.add(new ProviderCalls.Call<>("task provider " + source.key() + " (" + query.box() + ")",
          () -> provider.tasks(query)));
    }
    return calls.all(work, budget);
  }

  private SourceError error(Source source, ProviderCalls.Outcome<?> outcome, Locale locale) {
    String label = parts.label(source.labelKey(), locale);
    return new SourceError(source.key(), label,
        KernelTexts.format(locale, outcome.timedOut() ? "portal.tasks.slow" : "portal.tasks.failed", label));
  }

  private List<Source> selected(TaskFilter filter) {
    List<Source> sources = running();
    return filter.source() == null ? sources
        : sources.stream().filter(s -> s.key().equals(filter.source())).toList();
  }

  /** The running providers with their metadata read once; a provider whose metadata throws is left out. */
  private List<Source> running() {
    Map<String, Source> sources = new LinkedHashMap<>();
    for (Contribution<TaskProvider> contribution : parts.running()) {
      try {
        TaskProvider provider = contribution.service();
        String id = Objects.requireNonNull(provider.id(), "id");
        List<TaskAction> actions = provider.bulkActions();
        Source source = new Source(contribution, id, provider.labelKey(), actions == null ? List.of()
            : actions.stream().filter(Objects::nonNull).toList());
        if (sources.putIfAbsent(source.key(), source) != null) {
          LOG.warning(() -> "Plugin " + contribution.pluginId() + " has two task providers with the id " + id
              + "; only the first is used");
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Task provider " + contribution.qualifiedName() + " cannot say its id, name or actions; "
            + "it is left out", e);
      }
    }
    return List.copyOf(sources.values());
  }

  private record Source(Contribution<TaskProvider> contribution, String id, String labelKey,
      List<TaskAction> actions) {
    String key() {
      return contribution.pluginId() + "/" + id;
    }
  }
}
