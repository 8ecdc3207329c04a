package io.atrium.workflows.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** How an assign-owner action picks the new owner. */
public sealed interface OwnerChoice {

  /**
   * Each in turn, over named users or the active members of a group; the cursor is kept per rule and action.
   *
   * @param users named user ids, or empty when a group is named
   * @param group a directory group, or null when users are named
   */
  record RoundRobin(List<Long> users, String group) implements OwnerChoice {
    /** Freezes the users. */
    public RoundRobin {
      users = List.copyOf(users);
    }
  }

  /**
   * By a mapping table from a field's value (as text) to a user, e.g. region → sales rep.
   *
   * @param field the field whose value is looked up
   * @param table value → user id, in the order written
   * @param otherwise the user for a value the table lacks, or null to fail the action
   */
  record ByMapping(String field, Map<String, Long> table, Long otherwise) implements OwnerChoice {
    /** Freezes the table. */
    public ByMapping {
      Objects.requireNonNull(field, "field");
      table = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(table));
    }
  }

  /** The active member of a group with the fewest open items; ties go to the first in the group's order. */
  record LeastLoaded(String group) implements OwnerChoice {
    /** Checks the parts. */
    public LeastLoaded {
      Objects.requireNonNull(group, "group");
    }
  }
}
