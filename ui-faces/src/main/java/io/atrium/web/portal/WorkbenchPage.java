package io.atrium.web.portal;

import io.atrium.kernel.portal.Workbench;
import io.atrium.kernel.portal.WorkbenchCard;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.apache.shiro.SecurityUtils;

/** Backs the workbench home page: the cards of the plugins' widgets the user may see. */
@Named("workbench")
@RequestScoped
public class WorkbenchPage {

  @Inject
  Workbench workbench;

  private List<WorkbenchCard> cards;

  /** The cards, asked of the widgets once per request. */
  public List<WorkbenchCard> getCards() {
    if (cards == null) {
      cards = workbench.cards(SecurityUtils.getSubject()::isPermitted,
          FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
    return cards;
  }
}
