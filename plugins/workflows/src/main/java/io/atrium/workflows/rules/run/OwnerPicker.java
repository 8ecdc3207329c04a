package io.atrium.workflows.rules.run;

import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.identity.Person;
import io.atrium.workflows.WorkflowsException;
import io.atrium.workflows.WorkflowsMessage;
import io.atrium.workflows.rules.OwnerChoice;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Picks the new owner of an assign-owner action; only a real run moves a round-robin cursor. */
final class OwnerPicker {

  private final Directory directory;
  private final Cursors cursors;
  private final OpenItems openItems;

  OwnerPicker(Directory directory, Cursors cursors, OpenItems openItems) {
    this.directory = directory;
    this.cursors = cursors;
    this.openItems = openItems;
  }

  /**
   * The owner chosen.
   *
   * @param cursorKey the round-robin cursor of the rule's action
   * @param test whether to leave the cursor where it is
   */
  long pick(OwnerChoice choice, Map<String, Object> fields, String cursorKey, boolean test) {
    if (choice instanceof OwnerChoice.RoundRobin robin) {
      List<Long> people = robin.users().isEmpty() ? groupMembers(robin.group()) : activeInOrder(robin.users());
      if (people.isEmpty()) {
        throw nobody(robin.group() == null ? robin.users().toString() : robin.group());
      }
      long turn = test ? cursors.peek(cursorKey) : cursors.advance(cursorKey);
      return people.get((int) Math.floorMod(turn, (long) people.size()));
    }
    if (choice instanceof OwnerChoice.ByMapping mapping) {
      String value = ValueText.of(fields.get(mapping.field()));
      Long user = value == null ? null : mapping.table().get(value);
      if (user == null) {
        user = mapping.otherwise();
      }
      if (user == null) {
        throw new WorkflowsException(WorkflowsMessage.of("workflows.rules.run.noMapping", mapping.field(), value));
      }
      return user;
    }
    OwnerChoice.LeastLoaded least = (OwnerChoice.LeastLoaded) choice;
    List<Long> people = groupMembers(least.group());
    if (people.isEmpty()) {
      throw nobody(least.group());
    }
    long best = people.get(0);
    long fewest = openItems.openCount(best);
    for (long person : people.subList(1, people.size())) {
      long count = openItems.openCount(person);
      if (count < fewest) {
        best = person;
        fewest = count;
      }
    }
    return best;
  }

  /** The active ones of named users, in the rule's order. */
  private List<Long> activeInOrder(List<Long> users) {
    Set<Long> active = directory.people(users).stream().filter(Person::active).map(Person::id)
        .collect(Collectors.toSet());
    return users.stream().distinct().filter(active::contains).toList();
  }

  private List<Long> groupMembers(String group) {
    return directory.inGroup(group).stream().filter(Person::active).map(Person::id).toList();
  }

  private static WorkflowsException nobody(String who) {
    return new WorkflowsException(WorkflowsMessage.of("workflows.rules.run.nobody", who));
  }
}
