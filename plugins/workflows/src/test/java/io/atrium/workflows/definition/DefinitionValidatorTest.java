package io.atrium.workflows.definition;

import static io.atrium.workflows.Flows.approver;
import static io.atrium.workflows.Flows.branch;
import static io.atrium.workflows.Flows.condition;
import static io.atrium.workflows.Flows.otherwise;
import static io.atrium.workflows.Flows.parallel;
import static io.atrium.workflows.Flows.process;
import static io.atrium.workflows.Flows.role;
import static io.atrium.workflows.Flows.users;
import static io.atrium.workflows.Flows.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.workflows.Org;
import io.atrium.workflows.definition.json.InvalidDefinitionException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The checks before publishing, each with its JSON path and message. */
class DefinitionValidatorTest {

  private final Org org = new Org();

  @AfterEach
  void close() {
    org.close();
  }

  private List<DefinitionProblem> problems(String json, Set<String> fields) {
    return org.validator.validate(org.json.read(json), fields);
  }

  private List<DefinitionProblem> problems(String json) {
    return problems(json, null);
  }

  @Test
  void aSoundDefinitionHasNoProblem() {
    assertThat(problems(process("p", org.root, approver("a", users(org.bob)),
        condition("c", when("big", "amount > 100", approver("b", role("finance"))), otherwise("rest"))),
        Set.of("amount"))).isEmpty();
  }

  @Test
  void aConditionWithoutDefaultBranch() {
    List<DefinitionProblem> problems = problems(process("p", org.root,
        condition("c", when("big", "amount > 100"), when("small", "amount <= 100"))));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.nodes[1].branches");
      assertThat(p.text(Locale.ENGLISH)).isEqualTo(
          "The condition \"c\" has no default branch; add one for records that match no condition.");
      assertThat(p.text(Locale.SIMPLIFIED_CHINESE)).isEqualTo("条件“c”没有默认分支；请为不满足任何条件的记录添加一个。");
    });
  }

  @Test
  void anInvalidExpressionNamesWhereItIs() {
    List<DefinitionProblem> problems = problems(process("p", org.root,
        condition("c", when("big", "amount >> 100"), otherwise("rest"))));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.nodes[1].branches[0].when");
      assertThat(p.key()).isEqualTo("workflows.definition.invalidExpression");
      assertThat(p.text(Locale.ENGLISH)).startsWith("Invalid expression: ").contains("column");
    });
  }

  @Test
  void anExpressionOverFieldsTheRecordDoesNotHave() {
    assertThat(problems(process("p", org.root, condition("c", when("big", "amout > 100 && submitter.id > 0"),
        otherwise("rest"))), Set.of("amount")))
        .extracting(DefinitionProblem::toString)
        .containsExactly("$.nodes[1].branches[0].when: The expression uses amout, which is neither a field of the record"
            + " nor submitter.");
  }

  @Test
  void fieldPermissionsNameFieldsTheRecordHasWithHiddenReadOrWrite() {
    assertThat(problems(process("p", org.root, approver("a", users(org.bob),
        "\"fields\": {\"amount\": \"write\", \"amout\": \"hidden\"}")), Set.of("amount")))
        .extracting(DefinitionProblem::path).containsExactly("$.nodes[1].fields.amout");
    assertThatThrownBy(() -> org.json.read(process("p", org.root, approver("a", users(org.bob),
        "\"fields\": {\"amount\": \"edit\"}"))))
        .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("$.nodes[1].fields.amount")
        .hasMessageContaining("hidden, read, write");
    assertThat(org.json.write(org.json.read(process("p", org.root, approver("a", users(org.bob),
        "\"fields\": {\"amount\": \"write\"}"))))).contains("\"fields\":{\"amount\":\"write\"}");
  }

  @Test
  void unreachableBranchesAndNodes() {
    String json = "{\"key\": \"p\", \"name\": \"p\", \"admins\": [" + org.root + "], \"nodes\": ["
        + "{\"id\": \"start\", \"type\": \"start\"},"
        + condition("c", otherwise("rest"), when("late", "amount > 1"), when("later", "true"))
        + ", {\"id\": \"end\", \"type\": \"end\", \"name\": \"End\"}"
        + ", " + approver("after", users(org.bob)) + "]}";
    assertThat(problems(json)).extracting(DefinitionProblem::toString).containsExactly(
        "$.nodes[3]: The process must finish with an end node.",
        "$.nodes[1].branches[1]: The branch \"late\" can never be taken: it comes after \"rest\", which is always taken."
            + " Move the default branch last.",
        "$.nodes[1].branches[2]: The branch \"later\" can never be taken: it comes after \"rest\", which is always taken."
            + " Move the default branch last.",
        "$.nodes[2]: The end node \"End\" must be the last node of the process, not inside it or in a branch.",
        "$.nodes[3]: The node \"after\" can never be reached: it comes after the end node \"End\".");
  }

  @Test
  void approverRulesThatResolveToNobody() {
    org.directory.person(new io.atrium.sdk.identity.Person(700, "left", "Left", null, null, null, null, null,
        io.atrium.sdk.identity.UserStatus.DISABLED));
    List<DefinitionProblem> problems = problems(process("p", org.root,
        approver("a", role("auditors")),
        approver("b", users(700)),
        approver("c", users()),
        approver("d", "{\"type\": \"userField\", \"field\": \"reviewer\"}")), Set.of("amount"));
    assertThat(problems).extracting(DefinitionProblem::toString).containsExactly(
        "$.nodes[1].approvers.roles: Nobody holds the role auditors, so the node would resolve to nobody.",
        "$.nodes[2].approvers.users: None of the named people ([700]) is an active user, so the node would resolve"
            + " to nobody.",
        "$.nodes[3].approvers.users: Name at least one person.",
        "$.nodes[4].approvers.field: The record has no field reviewer.");
  }

  @Test
  void routingToTheAdminNeedsAnAdmin() {
    String json = process("p", org.root, approver("a", users(org.bob))).replace("\"admins\": [" + org.root + "]",
        "\"admins\": []");
    assertThat(problems(json)).extracting(DefinitionProblem::path).containsExactly("$.nodes[1].whenNobody");
  }

  @Test
  void shapeProblems() {
    assertThat(problems(process("p", org.root,
        approver("a", users(org.bob), "\"mode\": \"vote\"", "\"votePercent\": 120"),
        approver("a", users(org.bob)),
        parallel("par", branch("only")),
        condition("c2", otherwise("x")))))
        .extracting(DefinitionProblem::toString).containsExactly(
            "$.nodes[1].votePercent: The vote percentage must be between 1 and 100, not 120.",
            "$.nodes[2].id: The id a is used twice; node and branch ids must be unique in the process.",
            "$.nodes[3].branches: The parallel node \"par\" needs at least two branches.",
            "$.nodes[4].branches: The condition \"c2\" needs at least two branches.");
  }

  @Test
  void publishingRefusesWithEveryProblem() {
    ProcessDefinition definition = org.json.read(process("p", org.root, approver("a", role("nobody")),
        condition("c", when("x", "a >"), when("y", "true"))));
    assertThatThrownBy(() -> org.validator.checkPublishable(definition, null))
        .isInstanceOfSatisfying(InvalidDefinitionException.class, e -> {
          assertThat(e.problems()).hasSize(3);
          assertThat(e.pointer()).isEqualTo("$.nodes[1].approvers.roles");
        });
  }

  @Test
  void theExampleOfTheDocumentationIsSound() throws java.io.IOException {
    String doc = java.nio.file.Files.readString(java.nio.file.Path.of("../../docs/workflows.md"));
    String example = doc.substring(doc.indexOf("```json") + 7, doc.indexOf("```", doc.indexOf("```json") + 7));
    org.directory.role("director", org.carol);
    org.directory.role("brand", org.dan);
    assertThat(problems(example.replace("\"admins\": [1]", "\"admins\": [" + org.root + "]"), Set.of("budget")))
        .isEmpty();
  }

  @Test
  void idsAreLettersDigitsAndDashes() {
    assertThat(problems(process("p", org.root, approver("审批 1", users(org.bob)))))
        .extracting(DefinitionProblem::toString)
        .containsExactly("$.nodes[1].id: The id 审批 1 may hold only letters, digits, _ and - (at most 100).");
  }
}
