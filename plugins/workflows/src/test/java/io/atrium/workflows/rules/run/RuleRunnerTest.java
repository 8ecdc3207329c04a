package io.atrium.workflows.rules.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.workflows.rules.Rule;
import io.atrium.workflows.rules.timing.CatchUp;
import io.atrium.workflows.rules.timing.Firing;
import io.atrium.workflows.rules.timing.RelativeDates;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The runner on the scenarios of PRODUCT.md and issue 5, and its guarantees: test mode, loops, idempotency. */
class RuleRunnerTest {

  private final Rules rules = new Rules();
  private final RecordRef lead = new RecordRef("leads", 1);

  @AfterEach
  void close() {
    rules.close();
  }

  private RuleEvent leadCreated(String eventId, String region) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("region", region);
    fields.put("company", "ACME");
    return RuleEvent.created(eventId, lead, fields, null, null, null, rules.kit.clock().now());
  }

  private Rule regionRule() {
    return rules.save("""
        {"id": "lead-by-region", "name": "按区域分配线索", "source": "leads",
         "trigger": {"type": "recordCreated"},
         "condition": "region != null",
         "actions": [
           {"type": "assignOwner", "owner": {"type": "mapping", "field": "region",
             "table": {"华东": %d, "华北": %d}}},
           {"type": "updateFields", "values": {"status": "'assigned'", "assigned_at": "now()"}},
           {"type": "createTodo", "title": "24 小时内首次联系", "assignees": {"owner": false, "users": [%d]},
            "due": {"amount": 24, "unit": "hours"}}]}
        """.formatted(rules.dan, rules.frank, rules.dan));
  }

  @Test
  void aLeadFromTheEastIsAssignedToTheMappedSalesRep() {
    regionRule();

    List<RuleRun> runs = rules.runner.run(leadCreated("e1", "华东"));

    assertThat(runs).singleElement().satisfies(run -> assertThat(run.outcome()).isEqualTo(RunOutcome.DONE));
    assertThat(rules.effects.owners).containsEntry(lead, rules.dan);
    assertThat(rules.effects.records.get(lead)).containsEntry("status", "assigned").containsKey("assigned_at");
    Instant due = rules.kit.clock().now().plus(Duration.ofHours(24));
    assertThat(rules.effects.calls).contains("createTodo " + rules.dan + " 24 小时内首次联系 " + due + " leads/1");
    assertThat(rules.store.recent("lead-by-region", 10)).singleElement()
        .satisfies(logged -> assertThat(logged.effects()).contains("SetOwner[record=leads/1, ownerId=" + rules.dan));
  }

  @Test
  void aRegionTheTableLacksFailsTheRunWithAClearMessageAndChangesNothing() {
    regionRule();

    RuleRun run = rules.runner.run(leadCreated("e1", "西南")).get(0);

    assertThat(run.outcome()).isEqualTo(RunOutcome.FAILED);
    assertThat(run.message().english()).isEqualTo("The mapping table has no user for region = 西南, and no one is named"
        + " otherwise.");
    assertThat(rules.effects.calls).isEmpty();
    assertThat(rules.store.recent("lead-by-region", 1).get(0).message().key()).isEqualTo("workflows.rules.run.noMapping");
  }

  @Test
  void aFalseConditionSkipsTheRun() {
    regionRule();

    RuleRun run = rules.runner.run(leadCreated("e1", null)).get(0);

    assertThat(run.outcome()).isEqualTo(RunOutcome.SKIPPED);
    assertThat(rules.effects.calls).isEmpty();
  }

  @Test
  void aRedeliveredEventAppliesNothingTwice() {
    regionRule();

    rules.runner.run(leadCreated("e1", "华东"));
    int calls = rules.effects.calls.size();
    RuleRun again = rules.runner.run(leadCreated("e1", "华东")).get(0);

    assertThat(rules.effects.calls).hasSize(calls);
    assertThat(again.actions()).allSatisfy(action -> assertThat(action.alreadyApplied()).isTrue());
    assertThat(again.actions().get(0).key()).isEqualTo("lead-by-region:e1#0");
  }

  @Test
  void aFailedActionRollsTheRunBackSoARedeliveryDoesItAll() {
    regionRule();
    rules.effects.failNext = new IllegalStateException("record source down");

    RuleRun failed = rules.runner.run(leadCreated("e1", "华东")).get(0);
    RuleRun retried = rules.runner.run(leadCreated("e1", "华东")).get(0);

    assertThat(failed.outcome()).isEqualTo(RunOutcome.FAILED);
    assertThat(failed.message().english()).isEqualTo("The action failed: record source down");
    assertThat(retried.outcome()).isEqualTo(RunOutcome.DONE);
    assertThat(retried.actions()).noneMatch(PlannedAction::alreadyApplied);
  }

  @Test
  void testModeShowsWhatWouldHappenAndDoesNothing() {
    Rule rule = regionRule();

    RuleRun run = rules.runner.test(rule, leadCreated("e1", "华北"));

    assertThat(run.outcome()).isEqualTo(RunOutcome.TEST);
    assertThat(run.test()).isTrue();
    assertThat(run.effects()).first().isEqualTo(new PlannedEffect.SetOwner(lead, rules.frank));
    assertThat(((PlannedEffect.SetFields) run.effects().get(1)).values()).containsEntry("status", "assigned");
    assertThat(rules.effects.calls).isEmpty();
    assertThat(rules.store.isApplied("lead-by-region:e1#0")).isFalse();
    assertThat(rules.store.recent("lead-by-region", 1).get(0).outcome()).isEqualTo(RunOutcome.TEST);
  }

  @Test
  void testModeSaysWhenTheEventWouldNotTriggerTheRule() {
    Rule rule = regionRule();

    RuleRun run = rules.runner.test(rule, RuleEvent.deleted("e1", lead, Map.of(), null, null, Instant.EPOCH));

    assertThat(run.outcome()).isEqualTo(RunOutcome.SKIPPED);
    assertThat(run.message().key()).isEqualTo("workflows.rules.run.noMatch");
  }

  @Test
  void aLeadWithoutFollowUp48HoursAfterAssignmentGoesBackToThePublicPoolAndTheSupervisorIsTold() {
    Rule rule = rules.save("""
        {"id": "lead-back-to-pool", "name": "48 小时未跟进退回公海", "source": "leads",
         "trigger": {"type": "relativeDate", "field": "assigned_at", "offset": 48, "unit": "hours"},
         "condition": "isEmpty(followed_up_at)",
         "actions": [
           {"type": "notify", "recipients": {"supervisor": true}, "message": "线索 48 小时未跟进，已退回公海池"},
           {"type": "returnToPool", "statusField": "status", "statusValue": "public"}]}
        """);
    Instant assigned = rules.kit.clock().now();
    RecordRef followed = new RecordRef("leads", 2);
    Map<RecordRef, Object> assignedAt = Map.of(lead, assigned, followed, assigned);
    Map<RecordRef, Map<String, Object>> values = Map.of(lead, fields("assigned_at", assigned),
        followed, fields("assigned_at", assigned, "followed_up_at", assigned.plusSeconds(3600)));
    CatchUp catchUp = new CatchUp(new RelativeDates(rules.kit.clock().zone()));

    rules.kit.clock().advance(Duration.ofHours(47));
    assertThat(catchUp.due(rule, assignedAt, assigned, rules.kit.clock().now())).isEmpty();
    rules.kit.clock().advance(Duration.ofHours(2));
    List<Firing> due = catchUp.due(rule, assignedAt, assigned, rules.kit.clock().now());
    assertThat(due).extracting(Firing::at).containsOnly(assigned.plus(Duration.ofHours(48)));
    for (Firing firing : due) {
      rules.runner.run(firing.event(values.get(firing.record()), rules.dan));
    }

    assertThat(rules.effects.calls).containsExactly(
        "notify [" + rules.sue + "] 线索 48 小时未跟进，已退回公海池 leads/1",
        "setOwner leads/1 null",
        "setFields leads/1 {status=public}");
    assertThat(rules.store.recent("lead-back-to-pool", 5)).extracting(LoggedRun::outcome)
        .containsExactlyInAnyOrder(RunOutcome.DONE, RunOutcome.SKIPPED);
  }

  @Test
  void anOrderGetsARepurchaseReminderThirtyDaysLater() {
    Rule rule = rules.save("""
        {"id": "repurchase", "name": "复购提醒", "source": "orders",
         "trigger": {"type": "relativeDate", "field": "ordered_on", "offset": 30, "unit": "days", "at": "10:00"},
         "actions": [{"type": "createTodo", "title": "复购提醒", "assignees": {"owner": true},
                      "due": {"amount": 1, "unit": "workingDays"}}]}
        """);
    RecordRef order = new RecordRef("orders", 7);
    LocalDate orderedOn = LocalDate.of(2026, 1, 5);
    CatchUp catchUp = new CatchUp(new RelativeDates(rules.kit.clock().zone()));
    Instant start = rules.kit.clock().now();

    // the server was down over the due day; the catch-up at start still finds it
    rules.kit.clock().set(Instant.parse("2026-02-06T00:00:00Z"));
    List<Firing> due = catchUp.due(rule, Map.of(order, orderedOn), start, rules.kit.clock().now());
    assertThat(due).extracting(Firing::at).containsExactly(Instant.parse("2026-02-04T02:00:00Z"));
    rules.runner.run(due.get(0).event(fields("ordered_on", orderedOn), rules.erin));
    rules.runner.run(due.get(0).event(fields("ordered_on", orderedOn), rules.erin));

    assertThat(rules.effects.calls).singleElement().asString()
        .startsWith("createTodo " + rules.erin + " 复购提醒 ").endsWith(" orders/7");
  }

  @Test
  void aRuleUpdatingItsOwnTriggerFieldDoesNotLoop() {
    rules.save("""
        {"id": "stamp", "name": "阶段变更时记录", "source": "leads",
         "trigger": {"type": "recordUpdated", "field": "stage"},
         "actions": [{"type": "updateFields", "values": {"stage": "stage.trim()"}}]}
        """);

    rules.runner.run(RuleEvent.updated("e1", lead, fields("stage", " won "), Map.of("stage",
        new FieldChange("open", " won ")), null, rules.dan, null, Instant.EPOCH));
    RuleEvent ownUpdate = rules.effects.updates.get(0);
    RuleRun second = rules.runner.run(ownUpdate).get(0);

    assertThat(ownUpdate.origin().chain()).containsExactly("stamp");
    assertThat(second.outcome()).isEqualTo(RunOutcome.SKIPPED);
    assertThat(second.message().english()).isEqualTo("Not run: the change was made by this rule itself (stamp).");
    assertThat(rules.effects.updates).hasSize(1);
  }

  @Test
  void rulesTriggeringEachOtherStopAtTheMaximumDepth() {
    for (int i = 0; i < 7; i++) {
      rules.save("""
          {"id": "r%d", "name": "step %d", "source": "leads",
           "trigger": {"type": "recordUpdated", "field": "f%d"},
           "actions": [{"type": "updateFields", "values": {"f%d": "1"}}]}
          """.formatted(i, i, i, i + 1));
    }

    RuleEvent event = RuleEvent.updated("e0", lead, Map.of(), Map.of("f0", new FieldChange(null, 1)), null, null, null,
        Instant.EPOCH);
    RuleRun last = null;
    for (int i = 0; i <= RuleRunner.MAX_DEPTH; i++) {
      last = rules.runner.run(event).get(0);
      if (last.outcome() == RunOutcome.DONE) {
        event = rules.effects.updates.get(rules.effects.updates.size() - 1);
      }
    }

    assertThat(rules.effects.updates).hasSize(RuleRunner.MAX_DEPTH);
    assertThat(last.outcome()).isEqualTo(RunOutcome.FAILED);
    assertThat(last.ruleId()).isEqualTo("r5");
    assertThat(last.message().english()).isEqualTo("Stopped: rules triggered each other 5 times in a row"
        + " (r0 → r1 → r2 → r3 → r4 → r5); at most 5 are allowed.");
  }

  @Test
  void roundRobinTakesTurnsAndTestModeDoesNotMoveTheCursor() {
    Rule rule = rules.save("""
        {"id": "rr", "name": "轮流分配", "source": "leads", "trigger": {"type": "recordCreated"},
         "actions": [{"type": "assignOwner", "owner": {"type": "roundRobin", "group": "sales"}}]}
        """);

    RuleRun test = rules.runner.test(rule, leadCreated("t", "华东"));
    for (int i = 1; i <= 4; i++) {
      rules.runner.run(RuleEvent.created("e" + i, new RecordRef("leads", i), Map.of(), null, null, null, Instant.EPOCH));
    }

    assertThat(test.effects()).containsExactly(new PlannedEffect.SetOwner(lead, rules.dan));
    assertThat(rules.effects.calls).containsExactly("setOwner leads/1 " + rules.dan, "setOwner leads/2 " + rules.erin,
        "setOwner leads/3 " + rules.frank, "setOwner leads/4 " + rules.dan);
    assertThat(rules.store.peek("rr#0")).isEqualTo(4);
  }

  @Test
  void leastLoadedPicksTheRepWithFewestOpenLeads() {
    rules.save("""
        {"id": "least", "name": "最少负载", "source": "leads", "trigger": {"type": "recordCreated"},
         "actions": [{"type": "assignOwner", "owner": {"type": "leastLoaded", "group": "sales"}}]}
        """);
    rules.openItems.put(rules.dan, 5L);
    rules.openItems.put(rules.erin, 2L);
    rules.openItems.put(rules.frank, 2L);

    rules.runner.run(leadCreated("e1", null));

    assertThat(rules.effects.owners).containsEntry(lead, rules.erin);
  }

  @Test
  void updatedToAValueAndApprovalOutcomesMatchOnlyTheirEvents() {
    rules.save("""
        {"id": "won", "name": "赢单", "source": "leads", "trigger": {"type": "recordUpdated", "field": "stage",
         "changedTo": "won"}, "actions": [{"type": "startProcess", "process": "handover"}]}
        """);
    rules.save("""
        {"id": "paid", "name": "已付款", "source": "orders", "trigger": {"type": "approvalFinished",
         "process": "payment", "outcome": "approved"},
         "actions": [{"type": "callAction", "action": "erp.push", "inputs": {"amount": "amount * 100"}}]}
        """);
    RecordRef order = new RecordRef("orders", 3);

    rules.runner.run(RuleEvent.updated("e1", lead, Map.of(), Map.of("stage", new FieldChange("open", "lost")), null,
        rules.dan, null, Instant.EPOCH));
    rules.runner.run(RuleEvent.updated("e2", lead, Map.of(), Map.of("stage", new FieldChange("open", "won")), null,
        rules.dan, null, Instant.EPOCH));
    rules.runner.run(RuleEvent.approvalFinished("e3", order, Map.of("amount", 12), null, "payment", "rejected",
        Instant.EPOCH));
    rules.runner.run(RuleEvent.approvalFinished("e4", order, Map.of("amount", 12), null, "payment", "approved",
        Instant.EPOCH));

    assertThat(rules.effects.calls).containsExactly("startProcess handover leads/1 " + rules.dan,
        "callAction erp.push {amount=1200} orders/3");
  }

  @Test
  void aScheduleFiresItsOwnRuleOnly() {
    rules.save("""
        {"id": "daily", "name": "每日汇总", "trigger": {"type": "schedule", "cron": "0 0 8 * * MON-FRI"},
         "actions": [{"type": "createRecord", "source": "reports", "values": {"title": "'日报'"}}]}
        """);
    rules.save("""
        {"id": "weekly", "name": "每周汇总", "trigger": {"type": "schedule", "cron": "0 0 8 * * MON"},
         "actions": [{"type": "notify", "recipients": {"users": [%d]}, "message": "周报"}]}
        """.formatted(rules.sue));

    rules.runner.run(RuleEvent.scheduled("daily", Instant.parse("2026-01-06T00:00:00Z")));

    assertThat(rules.effects.calls).containsExactly("createRecord reports {title=日报}");
  }

  private static Map<String, Object> fields(Object... pairs) {
    Map<String, Object> fields = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      fields.put((String) pairs[i], pairs[i + 1]);
    }
    return fields;
  }
}
