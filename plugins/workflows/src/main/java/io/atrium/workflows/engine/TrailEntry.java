package io.atrium.workflows.engine;

import java.time.Instant;
import java.util.List;

/**
 * One line of an instance's trail: who did what, when.
 *
 * @param at when
 * @param actorId who acted; null for the engine itself (edge rules, the end)
 * @param kind what happened
 * @param nodeId at which node; null for instance-wide entries such as a withdrawal
 * @param taskId the task acted on, or null
 * @param people the people concerned: the transferee, the added signer, the CC'd
 * @param targetNodeId the node returned to, or null
 * @param comment the actor's comment, or null
 */
public record TrailEntry(Instant at, Long actorId, TrailKind kind, String nodeId, String taskId, List<Long> people,
    String targetNodeId, String comment) {

  /** Freezes the list. */
  public TrailEntry {
    people = List.copyOf(people);
  }
}
