package io.atrium.examples.hello.internal;

import io.atrium.examples.hello.Greeting;
import io.atrium.examples.hello.GreetingService;
import io.atrium.sdk.portal.SearchHit;
import io.atrium.sdk.portal.SearchProvider;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.time.AtriumClock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Finds greetings for the global search box: an example of a search provider. */
@Component
public class GreetingSearch implements SearchProvider {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final GreetingService greetings;
  private final CurrentUser user;
  private final AtriumClock clock;

  /** Declarative Services injects the services. */
  @Activate
  public GreetingSearch(@Reference GreetingService greetings, @Reference CurrentUser user,
      @Reference AtriumClock clock) {
    this.greetings = greetings;
    this.user = user;
    this.clock = clock;
  }

  @Override
  public String id() {
    return "greetings";
  }

  @Override
  public String labelKey() {
    return "hello.search.label";
  }

  @Override
  public List<SearchHit> search(String text, Locale locale, int limit) {
    // only what the user may see: without the permission, nothing
    if (!user.isPermitted(HelloPermissions.VIEW)) {
      return List.of();
    }
    return greetings.search(text, limit).stream().map(this::hit).toList();
  }

  private SearchHit hit(Greeting greeting) {
    String snippet = greeting.getAuthor() + " · " + WHEN.format(greeting.getCreatedAt().atZone(clock.zone()));
    // plain text: the portal escapes it; newer greetings rank higher
    return new SearchHit(greeting.getMessage(), snippet, "/hello/index.xhtml", greeting.getCreatedAt().getEpochSecond());
  }
}
