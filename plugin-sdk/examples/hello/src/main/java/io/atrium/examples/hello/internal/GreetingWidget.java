package io.atrium.examples.hello.internal;

import io.atrium.examples.hello.GreetingService;
import io.atrium.sdk.portal.WidgetContent;
import io.atrium.sdk.portal.WidgetItem;
import io.atrium.sdk.portal.WorkbenchWidget;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A workbench card with the number of greetings and the latest ones: an example of a widget. */
@Component
public class GreetingWidget implements WorkbenchWidget {

  private static final String PAGE = "/hello/index.xhtml";

  private final GreetingService greetings;

  /** Declarative Services injects the greeting service. */
  @Activate
  public GreetingWidget(@Reference GreetingService greetings) {
    this.greetings = greetings;
  }

  @Override
  public String id() {
    return "greetings";
  }

  @Override
  public String titleKey() {
    return "hello.widget.title";
  }

  @Override
  public int order() {
    return 900;
  }

  @Override
  public Optional<String> permission() {
    return Optional.of(HelloPermissions.VIEW);
  }

  @Override
  public WidgetContent content(Locale locale) {
    List<WidgetItem> latest = greetings.latest(5).stream()
        .map(g -> new WidgetItem(g.getMessage(), g.getAuthor(), PAGE))
        .toList();
    return new WidgetContent(String.valueOf(greetings.count()), HelloTexts.text(locale, "hello.widget.caption"), latest,
        PAGE);
  }
}
