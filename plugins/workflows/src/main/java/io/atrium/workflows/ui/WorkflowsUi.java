package io.atrium.workflows.ui;

import io.atrium.sdk.ui.MenuItem;
import io.atrium.sdk.ui.UiContribution;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/**
 * The side menu's "My approvals" entry. Every signed-in user may open the pages; what they show is
 * checked per task and instance on the server ({@link ApprovalViews}), so no view permission is
 * declared.
 */
@Component
public class WorkflowsUi implements UiContribution {

  /** Menu position: after the to-do center, before the forms. */
  static final int ORDER = 250;

  @Override
  public List<MenuItem> menuItems() {
    return List.of(MenuItem.builder("approvals", "workflows.ui.menu.approvals", "approvals.xhtml")
        .icon("pi pi-check-square")
        .order(ORDER)
        .build());
  }

  @Override
  public Map<String, String> viewPermissions() {
    return Map.of();
  }
}
