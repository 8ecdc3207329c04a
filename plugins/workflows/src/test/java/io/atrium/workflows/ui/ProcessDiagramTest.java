package io.atrium.workflows.ui;

import static io.atrium.workflows.Flows.approver;
import static io.atrium.workflows.Flows.branch;
import static io.atrium.workflows.Flows.cc;
import static io.atrium.workflows.Flows.condition;
import static io.atrium.workflows.Flows.otherwise;
import static io.atrium.workflows.Flows.parallel;
import static io.atrium.workflows.Flows.process;
import static io.atrium.workflows.Flows.users;
import static io.atrium.workflows.Flows.when;
import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.workflows.Org;
import io.atrium.workflows.definition.ApprovalMode;
import io.atrium.workflows.definition.ApproverNode;
import io.atrium.workflows.definition.Branch;
import io.atrium.workflows.definition.ConditionNode;
import io.atrium.workflows.definition.EdgeRules;
import io.atrium.workflows.definition.EndNode;
import io.atrium.workflows.definition.NamedUsers;
import io.atrium.workflows.definition.ProcessDefinition;
import io.atrium.workflows.definition.RejectPolicy;
import io.atrium.workflows.definition.StartNode;
import io.atrium.workflows.engine.ProcessInstance;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The process diagram of real instances on the engine: passed nodes, the current ones (both
 * branches of a parallel node at once), the untaken condition branch, and names escaped.
 */
class ProcessDiagramTest {

  private final Org org = new Org();
  private final ProcessDiagram diagram = new ProcessDiagram(Locale.SIMPLIFIED_CHINESE);

  @AfterEach
  void close() {
    org.close();
  }

  private ProcessDefinition publishReview() {
    return org.publish(process("review", org.root,
        approver("lead", users(org.bob)),
        condition("amount",
            when("big", "budget > 100000", approver("director", users(org.carol))),
            otherwise("small", cc("inform", users(org.dan)))),
        parallel("checks",
            branch("legalCheck", approver("legal", users(org.gina))),
            branch("financeCheck", approver("finance", users(org.erin))))));
  }

  @Test
  void atTheStartOnlyTheFirstApproverIsCurrentAndNothingAfterItIsPassed() throws Exception {
    ProcessDefinition definition = publishReview();
    ProcessInstance started = org.start("review", Map.of("budget", new BigDecimal("500")));

    Map<String, String> states = nodeStates(diagram.render(definition, NodeStates.of(definition, started)));

    assertThat(states).containsEntry("start", "passed").containsEntry("lead", "current")
        .containsEntry("amount", "ahead").containsEntry("director", "ahead").containsEntry("legal", "ahead")
        .containsEntry("end", "ahead");
  }

  @Test
  void afterTheLeadTheSmallBranchIsTakenTheBigOneIsNotAndBothParallelApproversAreCurrent() throws Exception {
    ProcessDefinition definition = publishReview();
    ProcessInstance started = org.start("review", Map.of("budget", new BigDecimal("500")));
    ProcessInstance afterLead = org.approve(started, org.bob).instance();

    NodeStates states = NodeStates.of(definition, afterLead);
    String svg = diagram.render(definition, states);

    assertThat(nodeStates(svg)).containsEntry("start", "passed").containsEntry("lead", "passed")
        .containsEntry("amount", "passed").containsEntry("inform", "passed")
        .containsEntry("director", "untaken").containsEntry("checks", "passed")
        .containsEntry("legal", "current").containsEntry("finance", "current").containsEntry("end", "ahead");
    assertThat(states.branch("big")).isEqualTo(NodeState.UNTAKEN);
    assertThat(states.branch("small")).isEqualTo(NodeState.PASSED);
    assertThat(branchStates(svg)).containsEntry("big", "untaken").containsEntry("small", "passed")
        .containsEntry("legalCheck", "passed").containsEntry("financeCheck", "passed");
    assertThat(svg).contains("条件分支", "并行分支", "抄送人");
  }

  @Test
  void anApprovedInstanceHasPassedEveryNodeOnItsWayToTheEnd() throws Exception {
    ProcessDefinition definition = publishReview();
    ProcessInstance instance = org.start("review", Map.of("budget", new BigDecimal("500")));
    org.approve(instance, org.bob);
    org.approve(instance, org.gina);
    ProcessInstance done = org.approve(instance, org.erin).instance();

    Map<String, String> states = nodeStates(diagram.render(definition, NodeStates.of(definition, done)));

    assertThat(states).containsEntry("legal", "passed").containsEntry("finance", "passed")
        .containsEntry("end", "passed").containsEntry("director", "untaken").doesNotContainValue("current");
  }

  @Test
  void aConditionPassedThroughItsEmptyBranchMarksTheOtherBranchUntaken() throws Exception {
    ProcessDefinition definition = org.publish(process("supplies", org.root,
        approver("lead", users(org.bob)),
        condition("amount",
            when("big", "budget > 1000", approver("director", users(org.carol))),
            otherwise("normal"))));
    ProcessInstance started = org.start("supplies", Map.of("budget", new BigDecimal("120")));
    ProcessInstance done = org.approve(started, org.bob).instance();

    NodeStates states = NodeStates.of(definition, done);

    assertThat(states.branch("normal")).isEqualTo(NodeState.PASSED);
    assertThat(states.branch("big")).isEqualTo(NodeState.UNTAKEN);
    assertThat(nodeStates(diagram.render(definition, states))).containsEntry("director", "untaken")
        .containsEntry("amount", "passed").containsEntry("end", "passed");
  }

  @Test
  void namesFromTheDefinitionAreEscapedAndTheSvgIsWellFormed() throws Exception {
    String evil = "<script>alert('x')</script> & \"quoted\"";
    ApproverNode step = new ApproverNode("a1", evil, new NamedUsers(List.of(org.bob)), ApprovalMode.SEQUENTIAL,
        EdgeRules.DEFAULT, RejectPolicy.END);
    ProcessDefinition definition = new ProcessDefinition("evil", 1, evil, List.of(), List.of(
        new StartNode("start", "<b>start</b>"),
        new ConditionNode("c1", "c<1>", List.of(new Branch("b1", "\"><svg onload=alert(1)>", "x > 1", false,
            List.of(step)), new Branch("b2", "other", null, true, List.of()))),
        new EndNode("end", "end")));

    String svg = diagram.render(definition, NodeStates.none());

    assertThat(svg).doesNotContain("<script", "<b>", "<svg onload", "\"\"").contains("&lt;script&gt;",
        "&quot;", "&amp;");
    Document document = parse(svg);
    assertThat(document.getDocumentElement().getAttribute("aria-label")).isEqualTo(evil);
  }

  private static Map<String, String> nodeStates(String svg) throws Exception {
    return states(svg, "data-node");
  }

  private static Map<String, String> branchStates(String svg) throws Exception {
    return states(svg, "data-branch");
  }

  private static Map<String, String> states(String svg, String attribute) throws Exception {
    NodeList groups = parse(svg).getElementsByTagName("g");
    Map<String, String> states = new LinkedHashMap<>();
    for (int i = 0; i < groups.getLength(); i++) {
      Element group = (Element) groups.item(i);
      if (group.hasAttribute(attribute)) {
        states.put(group.getAttribute(attribute), group.getAttribute("data-state"));
      }
    }
    return states;
  }

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }
}
