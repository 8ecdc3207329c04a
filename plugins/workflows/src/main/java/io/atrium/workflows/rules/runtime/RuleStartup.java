package io.atrium.workflows.rules.runtime;

import io.atrium.sdk.persistence.Transactions;
import io.atrium.workflows.rules.Rule;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * At plugin start: plans every saved rule again (a cron rule whose schedule was lost gets it back)
 * and starts the relative-date sweep, whose first run catches up the firings missed while the
 * server was down.
 */
@Component(immediate = true, service = RuleStartup.class)
public class RuleStartup {

  private static final Logger LOG = Logger.getLogger(RuleStartup.class.getName());

  /** Plans the rules. */
  @Activate
  public RuleStartup(@Reference RuleRegistry registry, @Reference RuleSchedules schedules,
      @Reference Transactions transactions) {
    transactions.required(() -> {
      for (Rule rule : registry.rules()) {
        try {
          schedules.planned(rule);
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Rule " + rule.id() + " could not be scheduled: " + e.getMessage(), e);
        }
      }
      schedules.sweepEvery();
      return null;
    });
  }
}
