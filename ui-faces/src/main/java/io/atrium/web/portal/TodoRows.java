package io.atrium.web.portal;

import io.atrium.kernel.portal.SourceError;
import io.atrium.kernel.portal.TaskCenter;
import io.atrium.kernel.portal.TaskFilter;
import io.atrium.kernel.portal.TaskList;
import io.atrium.kernel.portal.TaskRef;
import io.atrium.kernel.time.KernelClock;
import io.atrium.sdk.portal.TaskBox;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The to-do table's rows, loaded a page at a time from the to-do center (server-side paging over
 * all providers). Row keys are {@link TaskRef#key()}, so a selection names its tasks by itself.
 */
public class TodoRows extends LazyDataModel<TodoRow> {

  private static final long serialVersionUID = 1L;

  private final TaskBox box;
  private final String text;
  private final String source;
  private final Instant from;
  private final Instant to;
  private List<TodoRow> rows = List.of();
  private int lastFirst;
  private int lastPageSize = 20;
  private transient Fetched fetched;
  private transient List<SourceError> errors = List.of();
  private boolean beyondWindow;

  /** Rows of a tab with filters. */
  public TodoRows(TaskBox box, TaskFilter filter) {
    this.box = box;
    this.text = filter.text();
    this.source = filter.source();
    this.from = filter.from();
    this.to = filter.to();
  }

  private TaskFilter filter() {
    return new TaskFilter(text, source, from, to);
  }

  private static Locale locale() {
    FacesContext context = FacesContext.getCurrentInstance();
    return context == null || context.getViewRoot() == null ? Locale.SIMPLIFIED_CHINESE
        : context.getViewRoot().getLocale();
  }

  /**
   * The table asks for the count before the page; both come from one round to the providers:
   * the page at the position of the last load (the first page at first) is fetched here, and
   * {@link #load} reuses it when the table asks for that page.
   */
  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    fetched = fetch(lastFirst, lastPageSize);
    return fetched.total();
  }

  @Override
  public List<TodoRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    Fetched page = fetched != null && fetched.first() == first && fetched.pageSize() == pageSize ? fetched
        : fetch(first, pageSize);
    fetched = null;
    lastFirst = first;
    lastPageSize = pageSize;
    rows = page.rows();
    errors = page.errors();
    beyondWindow = page.beyondWindow();
    setRowCount(page.total());
    return rows;
  }

  private Fetched fetch(int first, int pageSize) {
    TaskList list = center().page(box, filter(), first, pageSize, locale());
    KernelClock clock = CDI.current().select(KernelClock.class).get();
    List<TodoRow> converted = new ArrayList<>();
    list.rows().forEach(row -> converted.add(TodoRow.of(row, clock.zone(), clock.now())));
    return new Fetched(first, pageSize, converted, (int) Math.min(Integer.MAX_VALUE, list.total()), list.errors(),
        list.beyondWindow());
  }

  /** A page as fetched for a position. */
  private record Fetched(int first, int pageSize, List<TodoRow> rows, int total, List<SourceError> errors,
      boolean beyondWindow) {
  }

  @Override
  public String getRowKey(TodoRow row) {
    return row.getKey();
  }

  @Override
  public TodoRow getRowData(String rowKey) {
    for (TodoRow row : rows) {
      if (row.getKey().equals(rowKey)) {
        return row;
      }
    }
    return TaskRef.parse(rowKey).map(TodoRow::known).orElse(null);
  }

  /** Sources that failed while the last page was loaded. */
  public List<SourceError> getErrors() {
    return errors == null ? List.of() : errors;
  }

  /** Whether the last page lies beyond what a merged list reaches. */
  public boolean isBeyondWindow() {
    return beyondWindow;
  }

  private static TaskCenter center() {
    return CDI.current().select(TaskCenter.class).get();
  }
}
