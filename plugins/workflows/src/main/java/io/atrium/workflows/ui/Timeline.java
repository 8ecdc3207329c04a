package io.atrium.workflows.ui;

import io.atrium.workflows.WorkflowsTexts;
import io.atrium.workflows.definition.Node;
import io.atrium.workflows.definition.ProcessGraph;
import io.atrium.workflows.engine.ProcessInstance;
import io.atrium.workflows.engine.TrailEntry;
import io.atrium.workflows.engine.TrailKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** An instance's trail as the timeline and the printout show it: who, when, what, where, comment. */
final class Timeline {

  private final FieldTexts texts;
  private final Locale locale;

  Timeline(FieldTexts texts, Locale locale) {
    this.texts = texts;
    this.locale = locale;
  }

  /**
   * The entries in trail order (oldest first); node names from the instance's version when at hand.
   *
   * @param signatures the instance's handwritten signatures ({@code data:} URLs) by task id
   * @param files the files the actions carried, by trail index
   */
  List<TimelineEntry> entries(ProcessInstance instance, Optional<ProcessGraph> graph, Map<String, String> signatures,
      Map<Integer, List<TimelineFile>> files) {
    List<TimelineEntry> entries = new ArrayList<>();
    for (int seq = 0; seq < instance.trail().size(); seq++) {
      TrailEntry entry = instance.trail().get(seq);
      String kind = entry.kind().name().toLowerCase(Locale.ROOT);
      List<String> people = entry.people().stream().map(texts::person).toList();
      entries.add(new TimelineEntry(kind, texts.time(entry.at()), texts.person(entry.actorId()),
          WorkflowsTexts.text(locale, "workflows.ui.trail." + kind), name(graph, entry.nodeId()),
          String.join(", ", people), name(graph, entry.targetNodeId()),
          entry.comment() == null ? "" : entry.comment(),
          entry.kind() == TrailKind.APPROVED && entry.taskId() != null ? signatures.getOrDefault(entry.taskId(), "") : "",
          files.getOrDefault(seq, List.of())));
    }
    return entries;
  }

  private static String name(Optional<ProcessGraph> graph, String nodeId) {
    if (nodeId == null) {
      return "";
    }
    return graph.flatMap(g -> g.find(nodeId)).map(Node::name).orElse(nodeId);
  }
}
