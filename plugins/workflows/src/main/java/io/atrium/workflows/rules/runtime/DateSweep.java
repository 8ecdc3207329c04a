package io.atrium.workflows.rules.runtime;

import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.record.RecordPage;
import io.atrium.sdk.record.RecordQuery;
import io.atrium.sdk.record.RecordSource;
import io.atrium.sdk.time.AtriumClock;
import io.atrium.workflows.rules.Rule;
import io.atrium.workflows.rules.Trigger;
import io.atrium.workflows.rules.run.RecordRef;
import io.atrium.workflows.rules.run.RuleRunner;
import io.atrium.workflows.rules.timing.CatchUp;
import io.atrium.workflows.rules.timing.CheckMarks;
import io.atrium.workflows.rules.timing.Firing;
import io.atrium.workflows.rules.timing.RelativeDates;
import io.atrium.workflows.runtime.RecordSources;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs relative-date rules: for each enabled one, the firings in {@code (checked until, now]} over
 * its source's records ({@link CatchUp}), oldest first, then moves the rule's mark to now. The same
 * sweep catches up after downtime: the mark stayed where the server stopped. A firing found twice
 * has one event id, so the runner's applied keys run it once.
 */
final class DateSweep {

  private static final int PAGE = RecordQuery.MAX_LIMIT;

  private final RuleRegistry registry;
  private final RecordSources sources;
  private final CheckMarks marks;
  private final RuleRunner runner;
  private final AtriumClock clock;
  private final Transactions transactions;
  private final CatchUp catchUp;

  DateSweep(RuleRegistry registry, RecordSources sources, CheckMarks marks, RuleRunner runner, AtriumClock clock,
      Transactions transactions) {
    this.registry = registry;
    this.sources = sources;
    this.marks = marks;
    this.runner = runner;
    this.clock = clock;
    this.transactions = transactions;
    this.catchUp = new CatchUp(new RelativeDates(clock.zone()));
  }

  /** One sweep; the number of firings run. */
  int run() {
    int fired = 0;
    for (Rule rule : registry.rules()) {
      if (rule.enabled() && rule.trigger() instanceof Trigger.RelativeDate trigger) {
        fired += sweep(rule, trigger);
      }
    }
    return fired;
  }

  private int sweep(Rule rule, Trigger.RelativeDate trigger) {
    Instant now = clock.now();
    Optional<Instant> last = transactions.required(() -> marks.checkedUntil(rule.id()));
    Optional<RecordSource> source = sources.source(rule.source());
    if (last.isEmpty() || source.isEmpty()) {
      // a rule first seen now fires from now on (RuleSchedules marks it when saved)
      if (last.isEmpty()) {
        transactions.required(() -> {
          marks.checked(rule.id(), now);
          return null;
        });
      }
      return 0;
    }
    Map<RecordRef, Object> values = new HashMap<>();
    Map<RecordRef, RecordData> records = new HashMap<>();
    for (int offset = 0; ; offset += PAGE) {
      int from = offset;
      RecordPage page = transactions.required(() -> source.get().query(RecordQuery.all().page(from, PAGE)));
      for (RecordData record : page.records()) {
        RecordRef ref = new RecordRef(rule.source(), record.id());
        values.put(ref, record.value(trigger.field()));
        records.put(ref, record);
      }
      if (page.records().size() < PAGE) {
        break;
      }
    }
    List<Firing> due = catchUp.due(rule, values, last.get(), now);
    for (Firing firing : due) {
      RecordData record = records.get(firing.record());
      runner.run(firing.event(record.values(), record.ownerId()));
    }
    transactions.required(() -> {
      marks.checked(rule.id(), now);
      return null;
    });
    return due.size();
  }
}
