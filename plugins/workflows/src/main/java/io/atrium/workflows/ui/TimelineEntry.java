package io.atrium.workflows.ui;

import java.util.List;

/**
 * One line of the timeline, ready to show.
 *
 * @param kind the trail kind in lower case, e.g. {@code approved} (for styling and tests)
 * @param when when, in the company's zone
 * @param who who acted, or the system
 * @param action what happened, in the reader's language
 * @param node the node's name, or empty
 * @param people the people concerned (transferee, added signer, CC'd), or empty
 * @param target for a return: the node returned to, or empty
 * @param comment the actor's comment, or empty
 * @param signature the approver's handwritten signature as a {@code data:} URL of a PNG, or empty
 * @param files the files that went with the comment
 */
public record TimelineEntry(String kind, String when, String who, String action, String node, String people,
    String target, String comment, String signature, List<TimelineFile> files) {

  /** Freezes the list. */
  public TimelineEntry {
    files = List.copyOf(files);
  }
}
