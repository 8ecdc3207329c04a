package io.atrium.workflows.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.atrium.sdk.testkit.PluginTestKit;
import io.atrium.workflows.rules.json.RuleJson;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The checks before a rule is saved. */
class RuleValidatorTest {

  private final PluginTestKit kit = PluginTestKit.forPlugin("workflows").start();
  private final RuleValidator validator = new RuleValidator(kit.expressions());
  private final RuleJson json = new RuleJson();

  @AfterEach
  void close() {
    kit.close();
  }

  private List<RuleProblem> problems(String rule, Set<String> fields) {
    return validator.problems(json.read(rule), fields);
  }

  @Test
  void aGoodRuleHasNoProblem() {
    assertThat(problems("""
        {"id": "ok", "name": "OK", "source": "leads", "trigger": {"type": "recordUpdated", "field": "stage"},
         "condition": "stage == 'won' && old.stage != 'won' && actor != null",
         "actions": [{"type": "updateFields", "values": {"won_at": "now()"}}]}
        """, Set.of("stage", "won_at"))).isEmpty();
  }

  @Test
  void invalidExpressionsAndUnknownFieldsAreRefusedWithTheirPaths() {
    assertThat(problems("""
        {"id": "bad id!", "name": " ", "source": "leads", "trigger": {"type": "recordUpdated", "field": "stag"},
         "condition": "amount >",
         "actions": [{"type": "updateFields", "values": {"status": "'x'", "colour": "budget * 2"}},
                     {"type": "assignOwner", "owner": {"type": "roundRobin", "users": [1], "group": "sales"}},
                     {"type": "notify", "recipients": {}, "message": ""}]}
        """, Set.of("stage", "status", "amount")))
        .extracting(RuleProblem::path, RuleProblem::key)
        .containsExactly(
            tuple("$.id", "workflows.rules.badId"),
            tuple("$.name", "workflows.rules.blank"),
            tuple("$.trigger.field", "workflows.rules.unknownField"),
            tuple("$.condition", "workflows.rules.invalidExpression"),
            tuple("$.actions[0].values.colour", "workflows.rules.unknownField"),
            tuple("$.actions[0].values.colour", "workflows.rules.unknownVariables"),
            tuple("$.actions[1].owner", "workflows.rules.roundRobinPeople"),
            tuple("$.actions[2].recipients", "workflows.rules.noRecipients"),
            tuple("$.actions[2].message", "workflows.rules.blank"));
  }

  @Test
  void aBadCronIsRefusedInBothLanguages() {
    assertThatThrownBy(() -> validator.check(json.read("""
        {"id": "c", "name": "C", "trigger": {"type": "schedule", "cron": "0 61 8 * * MON"},
         "actions": [{"type": "notify", "recipients": {"owner": true}, "message": "hi"}]}
        """), null))
        .isInstanceOfSatisfying(InvalidRuleException.class, e -> {
          assertThat(e.problems()).extracting(RuleProblem::path)
              .containsExactly("$.trigger.cron", "$.actions[0].recipients");
          assertThat(e.problems().get(0).text(Locale.ENGLISH))
              .isEqualTo("The cron minute field 61 is not valid; use numbers 0-59, *, lists, ranges and steps.");
          assertThat(e.problems().get(1).text(Locale.SIMPLIFIED_CHINESE))
              .isEqualTo("没有记录来源的规则没有记录负责人或其上级可通知。");
        });
  }

  @Test
  void aScheduleHasNoRecordToChange() {
    assertThat(problems("""
        {"id": "s", "name": "S", "source": "leads", "trigger": {"type": "schedule", "cron": "0 0 8 * * *"},
         "actions": [{"type": "updateFields", "values": {"status": "'x'"}},
                     {"type": "createRecord", "source": "reports", "values": {"title": "'日报'"}}]}
        """, null)).extracting(RuleProblem::path, RuleProblem::key)
        .containsExactly(tuple("$.actions[0]", "workflows.rules.needsRecord"));
  }

  @Test
  void cronExpressionsAsTheSchedulerReadsThem() {
    for (String good : List.of("0 0 8 * * MON-FRI", "0 */15 9-18 * * *", "0 0 0 1 JAN,JUL ?", "0 0 9 L * *",
        "0 0 9 ? * 6#3", "30 0 12 15W * *", "0 0 0 * * 0-7")) {
      assertThat(CronCheck.problem(good)).as(good).isEmpty();
    }
    for (String bad : List.of("0 0 8 * *", "", "0 0 24 * * *", "0 0 8 32 * *", "0 0 8 * 13 *", "0 0 8 * * FUNDAY",
        "0 0 8 ? * ?x", "0 */0 * * * *", "0 0 8 1-3-5 * *", "0 0 8 , * *")) {
      assertThat(CronCheck.problem(bad)).as(bad).isPresent();
    }
  }

  @Test
  void relativeDatesNeedAFieldAndASaneOffset() {
    assertThat(problems("""
        {"id": "r", "name": "R", "source": "orders",
         "trigger": {"type": "relativeDate", "field": "", "offset": 4000, "unit": "days"},
         "actions": [{"type": "createTodo", "title": "t", "assignees": {"owner": true}, "due": {"amount": -1, "unit": "days"}}]}
        """, null)).extracting(RuleProblem::path, RuleProblem::key).containsExactly(
            tuple("$.trigger.field", "workflows.rules.noField"),
            tuple("$.trigger.offset", "workflows.rules.offsetRange"),
            tuple("$.actions[0].due", "workflows.rules.negativeDue"));
  }
}
