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
  private List<TodoRow> page = List.of();
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

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, center().total(box, filter()));
  }

  @Override
  public List<TodoRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    TaskList list = center().page(box, filter(), first, pageSize, locale());
    KernelClock clock = CDI.current().select(KernelClock.class).get();
    List<TodoRow> rows = new ArrayList<>();
    list.rows().forEach(row -> rows.add(TodoRow.of(row, clock.zone(), clock.now())));
    page = rows;
    errors = list.errors();
    beyondWindow = list.beyondWindow();
    setRowCount((int) Math.min(Integer.MAX_VALUE, list.total()));
    return rows;
  }

  @Override
  public String getRowKey(TodoRow row) {
    return row.getKey();
  }

  @Override
  public TodoRow getRowData(String rowKey) {
    for (TodoRow row : page) {
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
