package io.atrium.web.portal;

import io.atrium.kernel.ui.MenuEntry;
import io.atrium.kernel.ui.UiRegistry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;

/** The side menu: entries of running plugins the signed-in user may see. */
@Named("portalMenu")
@RequestScoped
public class PortalMenu {

  @Inject
  UiRegistry ui;

  private List<MenuEntry> entries;

  /** The entries, computed once per request. */
  public List<MenuEntry> getEntries() {
    if (entries == null) {
      Subject subject = SecurityUtils.getSubject();
      entries = ui.menu(subject::isPermitted, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
    return entries;
  }
}
