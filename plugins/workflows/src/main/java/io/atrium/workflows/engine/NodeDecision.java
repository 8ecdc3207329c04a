package io.atrium.workflows.engine;

import io.atrium.workflows.definition.ApprovalMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The semantics of the modes, over the seats of one visit: each seat is the ordered list of its live
 * tasks (transferred and cancelled ones left out). Pure functions.
 */
final class NodeDecision {

  /** Where a seat or a node stands. */
  enum Outcome { OPEN, APPROVED, REJECTED }

  private NodeDecision() {
  }

  /** A seat is rejected by any reject, approved when all its tasks are. */
  static Outcome seat(List<Task> live) {
    if (live.stream().anyMatch(t -> t.status() == TaskStatus.REJECTED)) {
      return Outcome.REJECTED;
    }
    return live.stream().allMatch(t -> t.status() == TaskStatus.APPROVED) ? Outcome.APPROVED : Outcome.OPEN;
  }

  /** Whether the node is decided. */
  static Outcome node(ApprovalMode mode, List<List<Task>> seats) {
    List<Outcome> outcomes = seats.stream().map(NodeDecision::seat).toList();
    long approved = outcomes.stream().filter(o -> o == Outcome.APPROVED).count();
    long rejected = outcomes.stream().filter(o -> o == Outcome.REJECTED).count();
    long total = outcomes.size();
    return switch (mode.kind()) {
      case SEQUENTIAL, COUNTERSIGN -> rejected > 0 ? Outcome.REJECTED : approved == total ? Outcome.APPROVED : Outcome.OPEN;
      // actions are applied one at a time, so "the first decides" is whichever seat is decided
      case OR_SIGN -> approved > 0 ? Outcome.APPROVED : rejected > 0 ? Outcome.REJECTED : Outcome.OPEN;
      case VOTE -> approved * 100 >= (long) mode.votePercent() * total ? Outcome.APPROVED
          : (total - rejected) * 100 < (long) mode.votePercent() * total ? Outcome.REJECTED : Outcome.OPEN;
    };
  }

  /** The tasks whose turn it is: in each open seat its first undecided task, and in a sequential node only the first open seat's. */
  static List<Task> due(ApprovalMode mode, List<List<Task>> seats) {
    List<Task> due = new ArrayList<>();
    for (List<Task> seat : seats) {
      if (seat(seat) != Outcome.OPEN) {
        continue;
      }
      seat.stream().filter(t -> t.status() != TaskStatus.APPROVED).findFirst().ifPresent(due::add);
      if (mode.kind() == ApprovalMode.Kind.SEQUENTIAL) {
        break;
      }
    }
    return due;
  }
}
