package io.atrium.forms.web;

import io.atrium.sdk.time.AtriumClock;
import io.atrium.sdk.ui.Controller;
import io.atrium.sdk.ui.ControllerScope;
import java.time.Instant;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/** Formats for the forms pages' views: {@code #{formsFormats.instant(x)}}. */
@Component(service = FormatsController.class, scope = ServiceScope.PROTOTYPE)
@Controller(name = "formsFormats", scope = ControllerScope.REQUEST)
public class FormatsController {

  private final AtriumClock clock;

  /** Declarative Services injects the clock, for the company's time zone. */
  @Activate
  public FormatsController(@Reference AtriumClock clock) {
    this.clock = clock;
  }

  /** An instant in the company's zone as {@code yyyy-MM-dd HH:mm}; empty for null. */
  public String instant(Instant instant) {
    return instant == null ? "" : ValueFormatter.DATE_TIME.format(instant.atZone(clock.zone()));
  }
}
