package io.atrium.workflows.rules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.workflows.rules.InvalidRuleException;
import io.atrium.workflows.rules.OwnerChoice;
import io.atrium.workflows.rules.Rule;
import io.atrium.workflows.rules.RuleAction;
import io.atrium.workflows.rules.RuleProblem;
import io.atrium.workflows.rules.Trigger;
import java.time.LocalTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Reading and writing rule JSON; every problem with its JSON path. */
class RuleJsonTest {

  private final RuleJson json = new RuleJson();

  private static final String EVERYTHING = """
      {"id": "all", "name": "全部动作", "enabled": false, "source": "leads",
       "trigger": {"type": "relativeDate", "field": "birthday", "offset": -7, "unit": "days", "at": "08:30", "yearly": true},
       "condition": "level == 'vip'",
       "actions": [
         {"type": "updateFields", "values": {"status": "'greeted'"}},
         {"type": "assignOwner", "owner": {"type": "roundRobin", "users": [3, 4]}},
         {"type": "assignOwner", "owner": {"type": "mapping", "field": "region", "table": {"华东": 5}, "otherwise": 6}},
         {"type": "assignOwner", "owner": {"type": "leastLoaded", "group": "sales"}},
         {"type": "createRecord", "source": "gifts", "values": {"customer": "recordId"}},
         {"type": "createTodo", "title": "寄生日礼物", "assignees": {"users": [], "owner": true, "supervisor": false},
          "due": {"amount": 2, "unit": "workingDays"}},
         {"type": "startProcess", "process": "gift-approval"},
         {"type": "notify", "recipients": {"users": [9], "owner": false, "supervisor": true}, "message": "生日快到了"},
         {"type": "callAction", "action": "sms.send", "inputs": {"to": "mobile"}},
         {"type": "returnToPool", "statusField": "status", "statusValue": "public"}]}
      """;

  @Test
  void everyTriggerAndActionReadsAndWritesBackTheSame() {
    Rule rule = json.read(EVERYTHING);

    assertThat(rule.enabled()).isFalse();
    assertThat(rule.trigger()).isEqualTo(new Trigger.RelativeDate("birthday", -7, Trigger.OffsetUnit.DAYS,
        LocalTime.of(8, 30), true));
    assertThat(rule.actions()).hasSize(10);
    assertThat(((RuleAction.AssignOwner) rule.actions().get(2)).choice())
        .isEqualTo(new OwnerChoice.ByMapping("region", java.util.Map.of("华东", 5L), 6L));
    assertThat(json.read(json.write(rule))).isEqualTo(rule);
  }

  @Test
  void eachTriggerTypeRoundTrips() {
    for (String trigger : new String[] {"{\"type\": \"recordCreated\"}",
        "{\"type\": \"recordUpdated\", \"field\": \"stage\", \"changedTo\": \"won\"}", "{\"type\": \"recordDeleted\"}",
        "{\"type\": \"approvalFinished\", \"process\": \"p\", \"outcome\": \"approved\"}",
        "{\"type\": \"schedule\", \"cron\": \"0 0 8 * * MON-FRI\"}"}) {
      Rule rule = json.read("{\"id\": \"r\", \"name\": \"R\", \"source\": \"s\", \"trigger\": " + trigger
          + ", \"actions\": [{\"type\": \"startProcess\", \"process\": \"p\"}]}");
      assertThat(json.read(json.write(rule))).isEqualTo(rule);
    }
  }

  @Test
  void everyStructuralProblemIsReportedWithItsPath() {
    assertThatThrownBy(() -> json.read("""
        {"id": "r", "name": "R", "sorce": "leads",
         "trigger": {"type": "relativeDate", "field": "d", "offset": "7", "unit": "weeks"},
         "actions": [{"type": "assignOwner", "owner": {"type": "mapping", "field": "region", "table": {"华东": "dan"}}},
                     {"type": "sendFax"}, 3]}
        """))
        .isInstanceOfSatisfying(InvalidRuleException.class, e -> assertThat(e.problems())
            .extracting(RuleProblem::path, RuleProblem::key)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple("$.sorce", "workflows.rules.json.unknownProperty"),
                org.assertj.core.groups.Tuple.tuple("$.trigger.offset", "workflows.rules.json.notInteger"),
                org.assertj.core.groups.Tuple.tuple("$.trigger.unit", "workflows.rules.json.unknownValue"),
                org.assertj.core.groups.Tuple.tuple("$.actions[0].owner.table['华东']", "workflows.rules.json.notUserId"),
                org.assertj.core.groups.Tuple.tuple("$.actions[1].type", "workflows.rules.json.unknownAction"),
                org.assertj.core.groups.Tuple.tuple("$.actions[2]", "workflows.rules.json.notAction")));
  }

  @Test
  void problemsReadInBothLanguages() {
    assertThatThrownBy(() -> json.read("{\"id\": \"r\", \"name\": \"R\", \"trigger\": {\"type\": \"weekly\"},"
        + " \"actions\": []}"))
        .isInstanceOfSatisfying(InvalidRuleException.class, e -> {
          RuleProblem problem = e.problems().get(0);
          assertThat(problem.path()).isEqualTo("$.trigger.type");
          assertThat(problem.text(Locale.ENGLISH)).startsWith("Unknown trigger type weekly; expected one of: "
              + "recordCreated, recordUpdated");
          assertThat(problem.text(Locale.SIMPLIFIED_CHINESE)).startsWith("未知的触发类型 weekly");
        });
  }

  @Test
  void textThatIsNotJsonSaysWhere() {
    assertThatThrownBy(() -> json.read("{\"id\": "))
        .isInstanceOfSatisfying(InvalidRuleException.class, e -> assertThat(e.problems().get(0).key())
            .isEqualTo("workflows.rules.json.notJson"));
  }
}
