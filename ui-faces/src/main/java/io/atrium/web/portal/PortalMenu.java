package io.atrium.web.portal;

import io.atrium.kernel.portal.TaskCenter;
import io.atrium.kernel.ui.MenuEntry;
import io.atrium.kernel.ui.UiRegistry;
import io.atrium.sdk.portal.TaskBox;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;

/**
 * The side menu, filtered on the server by the signed-in user's permissions: the portal's own
 * entries (workbench, to-do), then those of running plugins, then the admin console.
 */
@Named("portalMenu")
@RequestScoped
public class PortalMenu {

  @Inject
  UiRegistry ui;

  @Inject
  TaskCenter tasks;

  @Inject
  RequestTaskCounts requestCounts;

  private List<MenuEntry> entries;
  private Long todoCount;

  /** The entries of running plugins, computed once per request. */
  public List<MenuEntry> getEntries() {
    if (entries == null) {
      Subject subject = SecurityUtils.getSubject();
      entries = ui.menu(subject::isPermitted, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
    return entries;
  }

  /** The portal's entries above the plugins' ones. */
  public List<KernelMenu.Entry> getMainEntries() {
    return KernelMenu.visible(KernelMenu.Section.MAIN, SecurityUtils.getSubject()::isPermitted);
  }

  /** The admin console's entries the user may open; empty for most users. */
  public List<KernelMenu.Entry> getAdminEntries() {
    return KernelMenu.visible(KernelMenu.Section.ADMIN, SecurityUtils.getSubject()::isPermitted);
  }

  /**
   * How many to-dos the user has, once per request; on the to-do center the count comes from the
   * tabs' counts, which that page needs anyway.
   */
  public long getTodoCount() {
    if (todoCount == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      boolean todoCenter = faces.getViewRoot() != null && "/todo.xhtml".equals(faces.getViewRoot().getViewId());
      todoCount = todoCenter ? requestCounts.counts(faces.getViewRoot().getLocale()).of(TaskBox.TODO)
          : tasks.count(TaskBox.TODO);
    }
    return todoCount;
  }

  /** The to-do count as the badge shows it: {@code 99+} above 99. */
  public String getTodoBadge() {
    long count = getTodoCount();
    return count > 99 ? "99+" : Long.toString(count);
  }
}
