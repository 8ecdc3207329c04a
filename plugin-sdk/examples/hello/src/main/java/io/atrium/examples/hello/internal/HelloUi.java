package io.atrium.examples.hello.internal;

import io.atrium.sdk.ui.MenuItem;
import io.atrium.sdk.ui.UiContribution;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/** Puts the greetings page in the side menu. */
@Component
public class HelloUi implements UiContribution {

  @Override
  public List<MenuItem> menuItems() {
    return List.of(MenuItem.builder("greetings", "hello.menu.greetings", "index.xhtml")
        .icon("pi pi-comment")
        .permission(HelloPermissions.VIEW)
        .order(900)
        .build());
  }

  @Override
  public Map<String, String> viewPermissions() {
    return Map.of("*", HelloPermissions.VIEW);
  }
}
