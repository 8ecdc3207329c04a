package io.atrium.workflows.rest;

import io.atrium.workflows.engine.ProcessInstance;
import io.atrium.workflows.engine.Task;
import io.atrium.workflows.engine.TrailEntry;
import io.atrium.workflows.runtime.ProcessNames;
import io.atrium.workflows.storage.OpenTask;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Locale;

/** Instances, their tasks and trail, and to-do entries as JSON; enum values in lower camel case. */
final class InstanceJson {

  private final ProcessNames names;

  InstanceJson(ProcessNames names) {
    this.names = names;
  }

  /** An instance with its tasks and trail. */
  JsonObject instance(ProcessInstance instance, boolean repeated) {
    JsonArrayBuilder tasks = Answers.JSON.createArrayBuilder();
    for (Task task : instance.tasks()) {
      JsonObjectBuilder json = Answers.JSON.createObjectBuilder().add("id", task.id()).add("node", task.nodeId())
          .add("nodeName", names.node(instance, task.nodeId())).add("assigneeId", task.assigneeId())
          .add("status", name(task.status())).add("origin", name(task.origin())).add("automatic", task.automatic())
          .add("openedAt", task.openedAt().toString());
      at(json, "closedAt", task.closedAt());
      tasks.add(json);
    }
    JsonArrayBuilder trail = Answers.JSON.createArrayBuilder();
    for (TrailEntry entry : instance.trail()) {
      JsonObjectBuilder json = Answers.JSON.createObjectBuilder().add("at", entry.at().toString())
          .add("kind", name(entry.kind()));
      if (entry.actorId() != null) {
        json.add("actorId", entry.actorId());
      }
      optional(json, "node", entry.nodeId());
      if (entry.nodeId() != null) {
        json.add("nodeName", names.node(instance, entry.nodeId()));
      }
      optional(json, "taskId", entry.taskId());
      optional(json, "targetNode", entry.targetNodeId());
      optional(json, "comment", entry.comment());
      json.add("people", Answers.JSON.createArrayBuilder(entry.people()));
      trail.add(json);
    }
    return Answers.JSON.createObjectBuilder().add("id", instance.id()).add("process", instance.definitionKey())
        .add("processName", names.process(instance)).add("processVersion", instance.definitionVersion())
        .add("record", instance.recordRef()).add("submitterId", instance.submitterId())
        .add("version", instance.version()).add("status", name(instance.status()))
        .add("approvalStatus", name(instance.approvalStatus())).add("repeated", repeated).add("tasks", tasks)
        .add("trail", trail).build();
  }

  /** A to-do entry. */
  JsonObject task(OpenTask task) {
    return Answers.JSON.createObjectBuilder().add("id", task.taskId()).add("instanceId", task.instanceId())
        .add("instanceVersion", task.instanceVersion()).add("process", task.definitionKey())
        .add("processName", names.process(task.definitionKey(), task.definitionVersion()))
        .add("node", task.nodeId())
        .add("nodeName", names.node(task.definitionKey(), task.definitionVersion(), task.nodeId()))
        .add("record", task.recordRef()).add("submitterId", task.submitterId())
        .add("openedAt", task.openedAt().toString()).build();
  }

  /** An enum constant as JSON names it: {@code IN_APPROVAL} is {@code inApproval}. */
  static String name(Enum<?> value) {
    String[] words = value.name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder name = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return name.toString();
  }

  private static void optional(JsonObjectBuilder json, String name, String value) {
    if (value != null) {
      json.add(name, value);
    }
  }

  private static void at(JsonObjectBuilder json, String name, Instant value) {
    if (value != null) {
      json.add(name, value.toString());
    }
  }
}
