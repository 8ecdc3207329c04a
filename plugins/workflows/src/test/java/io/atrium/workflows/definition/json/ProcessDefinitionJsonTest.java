package io.atrium.workflows.definition.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.workflows.definition.ApprovalMode;
import io.atrium.workflows.definition.ApproverNode;
import io.atrium.workflows.definition.Branch;
import io.atrium.workflows.definition.CcNode;
import io.atrium.workflows.definition.ConditionNode;
import io.atrium.workflows.definition.DefinitionProblem;
import io.atrium.workflows.definition.DepartmentField;
import io.atrium.workflows.definition.DepartmentHead;
import io.atrium.workflows.definition.EdgeRules;
import io.atrium.workflows.definition.EndNode;
import io.atrium.workflows.definition.ExpressionRule;
import io.atrium.workflows.definition.HandlerNode;
import io.atrium.workflows.definition.ManagerChain;
import io.atrium.workflows.definition.NamedUsers;
import io.atrium.workflows.definition.ParallelNode;
import io.atrium.workflows.definition.ProcessDefinition;
import io.atrium.workflows.definition.RejectPolicy;
import io.atrium.workflows.definition.RoleMembers;
import io.atrium.workflows.definition.StartNode;
import io.atrium.workflows.definition.UserField;
import io.atrium.workflows.definition.WhenNobody;
import io.atrium.workflows.definition.WhenSubmitter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Definitions to JSON and back, and reading errors with their JSON paths. */
class ProcessDefinitionJsonTest {

  private final ProcessDefinitionJson json = new ProcessDefinitionJson();

  private static ProcessDefinition everything() {
    return new ProcessDefinition("expense", 3, "报销", List.of(1L, 2L), List.of(
        new StartNode("start", "提交"),
        new ApproverNode("lead", "主管", new DepartmentHead(1), ApprovalMode.SEQUENTIAL,
            new EdgeRules(WhenNobody.AUTO_APPROVE, WhenSubmitter.MANAGER, true), RejectPolicy.BACK_TO_SUBMITTER),
        new ConditionNode("amount", "金额", List.of(
            new Branch("big", "大额", "amount > 100000", false, List.of(
                new ApproverNode("director", "总监", new RoleMembers(List.of("director")), ApprovalMode.vote(60),
                    EdgeRules.DEFAULT, RejectPolicy.END))),
            new Branch("other", "其他", null, true, List.of()))),
        new ParallelNode("review", "会审", List.of(
            new Branch("legal", "法务", null, false, List.of(
                new ApproverNode("legalCheck", "法务审核", new NamedUsers(List.of(5L, 6L)), ApprovalMode.COUNTERSIGN,
                    new EdgeRules(WhenNobody.REJECT, WhenSubmitter.SKIP, false), RejectPolicy.END))),
            new Branch("ops", "运营", null, false, List.of(
                new HandlerNode("ship", "发货", new UserField("warehouseKeeper"), ApprovalMode.OR_SIGN, EdgeRules.DEFAULT,
                    List.of("trackingNo")),
                new CcNode("tellChain", "抄送", new ManagerChain(0)))))),
        new CcNode("tellDept", "抄送部门", new DepartmentField("department", 0)),
        new CcNode("tellExpr", "抄送表达式", new ExpressionRule("submitter.managerId")),
        new EndNode("end", "结束")));
  }

  @Test
  void everyPartSurvivesTheRoundTrip() {
    ProcessDefinition definition = everything();
    String text = json.write(definition);
    assertThat(json.read(text)).isEqualTo(definition);
    assertThat(text).contains("\"mode\":\"vote\",\"votePercent\":60").contains("\"onReject\":\"backToSubmitter\"");
  }

  @Test
  void defaultsApplyToWhatIsLeftOut() {
    ProcessDefinition read = json.read("""
        {"key": "p", "name": "P", "nodes": [
          {"id": "s", "type": "start"},
          {"id": "a", "type": "approver", "approvers": {"type": "departmentHead"}},
          {"id": "e", "type": "end"}]}""");
    assertThat(read.version()).isEqualTo(1);
    assertThat(read.nodes().get(1)).isEqualTo(new ApproverNode("a", "a", new DepartmentHead(0), ApprovalMode.SEQUENTIAL,
        EdgeRules.DEFAULT, RejectPolicy.END));
  }

  @Test
  void everyStructuralProblemIsReportedWithItsPath() {
    assertThatThrownBy(() -> json.read("""
        {"key": "p", "name": "P", "colour": "red", "nodes": [
          {"id": "s", "type": "start"},
          {"id": "a", "type": "approver", "approvers": {"type": "roles", "roles": ["x", 3]}, "mode": "everyone"},
          {"id": "b", "type": "approver", "approvers": {"type": "nobody"}},
          {"id": "c", "type": "condition", "branches": [{"id": "x", "name": "X", "when": 5, "nodes": []}]},
          {"id": "v", "type": "approver", "approvers": {"type": "users", "users": [1]}, "mode": "vote"},
          {"type": "loop"},
          {"id": "e", "type": "end"}]}"""))
        .isInstanceOfSatisfying(InvalidDefinitionException.class, e -> assertThat(e.problems())
            .extracting(DefinitionProblem::toString).containsExactly(
                "$.colour: Unknown property colour; expected one of: key, version, name, admins, nodes.",
                "$.nodes[1].approvers.roles[1]: Each item of roles must be text.",
                "$.nodes[1].mode: Unknown value everyone for mode; expected one of: sequential, countersign, orSign, vote.",
                "$.nodes[3].branches[0].when: The property when must be text.",
                "$.nodes[4].votePercent: The mode vote needs votePercent, the share of approvals (1 to 100) that passes"
                    + " the node.",
                "$.nodes[5].type: Unknown node type loop; expected one of: approver, automation, cc, condition,"
                    + " delay, end, handler, parallel, start."));
  }

  @Test
  void notJsonAtAll() {
    assertThatThrownBy(() -> json.read("{\"key\": "))
        .isInstanceOfSatisfying(InvalidDefinitionException.class, e -> {
          assertThat(e.pointer()).isEqualTo("$");
          assertThat(e.problems().get(0).text(Locale.SIMPLIFIED_CHINESE)).startsWith("流程定义不是有效的 JSON");
        });
  }

  @Test
  void aNodeWithoutIdIsStillReadForItsOtherProblems() {
    assertThatThrownBy(() -> json.read("""
        {"key": "p", "name": "P", "nodes": [
          {"type": "condition", "branches": [{"id": "b", "when": "x > 1", "nodes": [{"id": "n", "type": "nope"}]}]}]}"""))
        .isInstanceOfSatisfying(InvalidDefinitionException.class, e -> assertThat(e.problems())
            .extracting(DefinitionProblem::path)
            .containsExactly("$.nodes[0].id", "$.nodes[0].branches[0].nodes[0].type"));
  }
}
