package io.atrium.examples.hello.internal;

import io.atrium.examples.hello.GreetingService;
import io.atrium.sdk.event.AfterCommitListener;
import io.atrium.sdk.event.Event;
import io.atrium.sdk.event.EventTopics;
import io.atrium.sdk.metrics.PluginMetrics;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Counts committed greetings in a metric: an example of an after-commit listener. */
@Component
@EventTopics(GreetingService.CREATED_TOPIC)
public class GreetingCounter implements AfterCommitListener {

  private final PluginMetrics metrics;

  /** Declarative Services injects the metrics service. */
  @Activate
  public GreetingCounter(@Reference PluginMetrics metrics) {
    this.metrics = metrics;
  }

  @Override
  public void onEvent(Event event) {
    metrics.increment("greetings.created");
  }
}
