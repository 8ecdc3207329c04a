package io.atrium.workflows.rules;

import java.util.List;

/**
 * Who receives a notification or a to-do.
 *
 * @param users named user ids
 * @param owner the record's owner
 * @param supervisor the owner's supervisor (their manager, else the head of their department)
 */
public record Recipients(List<Long> users, boolean owner, boolean supervisor) {

  /** Freezes the users. */
  public Recipients {
    users = List.copyOf(users);
  }

  /** Whether nobody is named. */
  public boolean isEmpty() {
    return users.isEmpty() && !owner && !supervisor;
  }
}
