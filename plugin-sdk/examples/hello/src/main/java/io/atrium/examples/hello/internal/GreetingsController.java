package io.atrium.examples.hello.internal;

import io.atrium.examples.hello.Greeting;
import io.atrium.examples.hello.GreetingService;
import io.atrium.sdk.ui.Controller;
import io.atrium.sdk.ui.ControllerScope;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/** Backs {@code hello/index.xhtml}: lists greetings and adds new ones. One instance per view. */
@Component(service = GreetingsController.class, scope = ServiceScope.PROTOTYPE)
@Controller(name = "helloGreetings", scope = ControllerScope.VIEW)
public class GreetingsController {

  private final GreetingService greetings;
  private String message;
  private String errorKey;

  /** Declarative Services injects the greeting service. */
  @Activate
  public GreetingsController(@Reference GreetingService greetings) {
    this.greetings = greetings;
  }

  public List<Greeting> getLatest() {
    return greetings.latest(20);
  }

  public long getCount() {
    return greetings.count();
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  /** Message key of the last error, or null. */
  public String getErrorKey() {
    return errorKey;
  }

  /** Stores the typed greeting and clears the input. */
  public void add() {
    try {
      greetings.add(message);
      message = null;
      errorKey = null;
    } catch (IllegalArgumentException e) {
      errorKey = e.getMessage();
    }
  }
}
