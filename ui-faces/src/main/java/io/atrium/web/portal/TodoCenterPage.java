package io.atrium.web.portal;

import io.atrium.kernel.portal.BulkOutcome;
import io.atrium.kernel.portal.SourceError;
import io.atrium.kernel.portal.TaskCenter;
import io.atrium.kernel.portal.TaskCounts;
import io.atrium.kernel.portal.TaskFilter;
import io.atrium.kernel.portal.TaskRef;
import io.atrium.kernel.portal.TaskSource;
import io.atrium.kernel.time.KernelClock;
import io.atrium.kernel.validation.FieldProblem;
import io.atrium.kernel.validation.InvalidInputException;
import io.atrium.sdk.portal.TaskBox;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;

/**
 * Backs the unified to-do center {@code todo.xhtml}: the tab and filters come from the URL
 * ({@code ?box=DONE&q=...&source=...&from=2026-01-01&to=...}), so every view can be bookmarked; the
 * table pages on the server; selected tasks get a bulk action of their source, confirmed in a
 * dialog with a comment, and a result per task.
 */
@Named("todoCenter")
@ViewScoped
public class TodoCenterPage implements Serializable {

  private static final long serialVersionUID = 1L;

  private TaskBox box = TaskBox.TODO;
  private String q;
  private String source;
  private LocalDate from;
  private LocalDate to;

  private TodoRows rows;
  private transient TaskCounts counts;
  private transient List<TaskSource> sources;
  private List<TodoRow> selection = new ArrayList<>();

  private String pendingSource;
  private String pendingAction;
  private String pendingLabel;
  private boolean pendingNeedsComment;
  private List<TodoRow> pendingTasks = List.of();
  private String comment;
  private String resultAction;
  private List<ResultRow> results = List.of();

  // ------------------------------------------------------------------------------- URL parameters

  /** The tab's name as in the URL. */
  public String getBoxName() {
    return box.name();
  }

  /** Selects the tab; unknown names mean the to-do tab. */
  public void setBoxName(String name) {
    box = TaskBox.TODO;
    if (name != null) {
      for (TaskBox candidate : TaskBox.values()) {
        if (candidate.name().equalsIgnoreCase(name.strip())) {
          box = candidate;
        }
      }
    }
  }

  public TaskBox getBox() {
    return box;
  }

  public String getQ() {
    return q;
  }

  /** Sets the text filter, trimmed and cut to 200 characters. */
  public void setQ(String q) {
    String text = q == null ? "" : q.strip();
    this.q = text.isEmpty() ? null : text.substring(0, Math.min(text.length(), 200));
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source == null || source.isBlank() ? null : source;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  /** The start date as in the URL ({@code yyyy-MM-dd}), or null. */
  public String getFromText() {
    return from == null ? null : from.toString();
  }

  /** Reads the start date from the URL; a date that does not parse is ignored. */
  public void setFromText(String text) {
    from = parse(text);
  }

  /** The end date as in the URL, or null. */
  public String getToText() {
    return to == null ? null : to.toString();
  }

  /** Reads the end date from the URL; a date that does not parse is ignored. */
  public void setToText(String text) {
    to = parse(text);
  }

  private static LocalDate parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Applies the filter form: back to the first page, filters in the URL. */
  public String applyFilters() {
    if (from != null && to != null && from.isAfter(to)) {
      LocalDate swap = from;
      from = to;
      to = swap;
    }
    return "/todo.xhtml?faces-redirect=true&includeViewParams=true";
  }

  /** Whether any filter is set. */
  public boolean isFiltered() {
    return (q != null && !q.isEmpty()) || source != null || from != null || to != null;
  }

  // ----------------------------------------------------------------------------------- the lists

  /** The tabs in order, for the tab bar. */
  public List<TaskBox> getBoxes() {
    return List.of(TaskBox.values());
  }

  /** The counts of every tab, asked once per view and again after a bulk action. */
  public TaskCounts getCounts() {
    if (counts == null) {
      counts = CDI.current().select(RequestTaskCounts.class).get().counts(locale());
    }
    return counts;
  }

  /** The count of a tab. */
  public long count(TaskBox tab) {
    return getCounts().of(tab);
  }

  /** The sources of running plugins, for the filter and the bulk buttons. */
  public List<TaskSource> getSources() {
    if (sources == null) {
      sources = center().sources(locale());
    }
    return sources;
  }

  /** The bulk actions of every source, for the to-do tab. */
  public List<TaskSource.Action> getBulkActions() {
    return getSources().stream().flatMap(s -> s.actions().stream()).toList();
  }

  /** The table's rows, for the current tab and filters. */
  public TodoRows getRows() {
    if (rows == null) {
      rows = new TodoRows(box, filter());
    }
    return rows;
  }

  /** Sources that failed while the page was loaded and are not already named by the counts. */
  public List<SourceError> getPageErrors() {
    Set<String> named = getCounts().errors().stream().map(SourceError::source).collect(Collectors.toSet());
    return getRows().getErrors().stream().filter(e -> !named.contains(e.source())).toList();
  }

  private TaskFilter filter() {
    ZoneId zone = CDI.current().select(KernelClock.class).get().zone();
    return new TaskFilter(q, source, from == null ? null : from.atStartOfDay(zone).toInstant(),
        to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1));
  }

  public List<TodoRow> getSelection() {
    return selection;
  }

  public void setSelection(List<TodoRow> selection) {
    this.selection = selection == null ? new ArrayList<>() : new ArrayList<>(selection);
  }

  // --------------------------------------------------------------------------------- bulk actions

  /** Opens the comment dialog for an action of a source, for the selected tasks. */
  public void prepare(String sourceKey, String actionId) {
    Optional<TaskSource.Action> action = getBulkActions().stream()
        .filter(a -> a.sourceKey().equals(sourceKey) && a.id().equals(actionId)).findFirst();
    if (action.isEmpty()) {
      message(null, FacesMessage.SEVERITY_WARN, text("todo.bulk.gone"));
      return;
    }
    if (selection.isEmpty()) {
      message(null, FacesMessage.SEVERITY_WARN, text("todo.bulk.nothingSelected"));
      return;
    }
    pendingSource = sourceKey;
    pendingAction = actionId;
    pendingLabel = action.get().label();
    pendingNeedsComment = action.get().needsComment();
    pendingTasks = List.copyOf(selection);
    comment = null;
    PrimeFaces.current().executeScript("PF('bulkDialog').show()");
  }

  /** Applies the prepared action; on bad input the dialog stays open with the reason. */
  public void perform() {
    if (pendingAction == null) {
      return;
    }
    List<TaskRef> refs = pendingTasks.stream().map(TodoRow::ref).toList();
    BulkOutcome outcome;
    try {
      outcome = center().perform(pendingSource, pendingAction, refs, comment, locale());
    } catch (InvalidInputException e) {
      for (FieldProblem problem : e.problems()) {
        message("comment".equals(problem.field()) ? "todoForm:comment" : null, FacesMessage.SEVERITY_ERROR,
            problem.message().in(locale()));
      }
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    Map<String, String> titles = new HashMap<>();
    pendingTasks.forEach(row -> titles.put(row.getKey(), row.getTitle()));
    List<ResultRow> shown = new ArrayList<>();
    for (BulkOutcome.Result result : outcome.results()) {
      shown.add(new ResultRow(titles.getOrDefault(result.task().key(), result.task().taskId()), result.done(),
          result.message()));
    }
    results = shown;
    resultAction = outcome.action();
    selection = new ArrayList<>();
    pendingAction = null;
    pendingTasks = List.of();
    comment = null;
    counts = null;
    CDI.current().select(RequestTaskCounts.class).get().forget();
    rows = null;
    // the dialog stays open on bad input; after the action the list, results and counts change
    PrimeFaces.current().ajax().update("todoForm:tasks", "todoForm:resultsArea", "todoForm:pageErrors", "tabs",
        "sourceErrorsArea");
    PrimeFaces.current().executeScript("PF('bulkDialog').hide()");
  }

  /** Closes the dialog without doing anything. */
  public void cancel() {
    pendingAction = null;
    pendingTasks = List.of();
    comment = null;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  /** The label of the action waiting in the dialog. */
  public String getPendingLabel() {
    return pendingLabel;
  }

  /** Whether the action in the dialog needs a comment. */
  public boolean isPendingNeedsComment() {
    return pendingNeedsComment;
  }

  /** The tasks the action in the dialog applies to. */
  public List<TodoRow> getPendingTasks() {
    return pendingTasks;
  }

  /** The label of the last action applied. */
  public String getResultAction() {
    return resultAction;
  }

  /** What the last action did, per task. */
  public List<ResultRow> getResults() {
    return results;
  }

  /** How many tasks the last action was applied to. */
  public long getResultsDone() {
    return results.stream().filter(ResultRow::isDone).count();
  }

  /** How many tasks the last action failed for. */
  public long getResultsFailed() {
    return results.size() - getResultsDone();
  }

  /** The result of a bulk action for one task. */
  public static final class ResultRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String title;
    private final boolean done;
    private final String message;

    ResultRow(String title, boolean done, String message) {
      this.title = title;
      this.done = done;
      this.message = message;
    }

    public String getTitle() {
      return title;
    }

    public boolean isDone() {
      return done;
    }

    public String getMessage() {
      return message;
    }
  }

  // ---------------------------------------------------------------------------------------------

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  private static String text(String key) {
    FacesContext context = FacesContext.getCurrentInstance();
    ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
    return bundle.getString(key);
  }

  private static void message(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
  }

  private static TaskCenter center() {
    return CDI.current().select(TaskCenter.class).get();
  }
}
