package io.atrium.examples.hello.internal;

import io.atrium.examples.hello.GreetingService;
import io.atrium.sdk.event.Event;
import io.atrium.sdk.event.EventListener;
import io.atrium.sdk.event.EventTopics;
import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.identity.Person;
import io.atrium.sdk.notify.Notification;
import io.atrium.sdk.notify.Notifier;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Tells the administrators about each greeting a person leaves: an example of sending a
 * notification. It listens synchronously, so the notification is part of the greeting's transaction
 * and goes out only if the greeting is stored.
 */
@Component
@EventTopics(GreetingService.CREATED_TOPIC)
public class GreetingNotifier implements EventListener {

  /** The category users choose channels for; its name is the text of the same key in the bundle. */
  static final String CATEGORY = "hello.greeting";

  private final Notifier notifier;
  private final Directory directory;

  /** Declarative Services injects the notifier and the directory. */
  @Activate
  public GreetingNotifier(@Reference Notifier notifier, @Reference Directory directory) {
    this.notifier = notifier;
    this.directory = directory;
  }

  @Override
  public void onEvent(Event event) {
    String author = String.valueOf(event.payload().get("author"));
    if (ReplyJob.BOT.equals(author)) {
      return;
    }
    List<Long> administrators = directory.withRole("admin").stream().map(Person::id).toList();
    if (administrators.isEmpty()) {
      return;
    }
    notifier.send(Notification.builder(CATEGORY, "hello.notify.greeting.title")
        .body("hello.notify.greeting.body")
        .args(author, String.valueOf(event.payload().get("message")))
        .link("/hello/index.xhtml")
        .key("greeting-" + event.payload().get("id"))
        .to(administrators)
        .build());
  }
}
