package io.atrium.workflows.rules.runtime;

import io.atrium.sdk.event.AfterCommitListener;
import io.atrium.sdk.event.Event;
import io.atrium.sdk.event.EventTopics;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Feeds the rules from the durable outbox after commit: records created, updated and deleted, and
 * approvals finished. Delivery is at least once; the runner's applied keys make a repeat change
 * nothing.
 */
@Component(service = AfterCommitListener.class)
@EventTopics({"record/created", "record/updated", "record/deleted", "workflows/approval/finished"})
public class RuleEventListener implements AfterCommitListener {

  private final RuleService rules;

  /** Declarative Services injects the service. */
  @Activate
  public RuleEventListener(@Reference RuleService rules) {
    this.rules = rules;
  }

  @Override
  public void onEvent(Event event) {
    rules.onEvent(event);
  }
}
