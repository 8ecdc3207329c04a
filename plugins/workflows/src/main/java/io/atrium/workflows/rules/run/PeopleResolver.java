package io.atrium.workflows.rules.run;

import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.identity.Person;
import io.atrium.workflows.WorkflowsException;
import io.atrium.workflows.WorkflowsMessage;
import io.atrium.workflows.rules.Recipients;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** Turns recipients into user ids: named users, the record's owner, the owner's supervisor. */
final class PeopleResolver {

  private final Directory directory;

  PeopleResolver(Directory directory) {
    this.directory = directory;
  }

  /** The user ids, in order, without repeats; fails when the owner is needed and the record has none. */
  Set<Long> resolve(Recipients recipients, Long ownerId) {
    Set<Long> people = new LinkedHashSet<>(recipients.users());
    if (recipients.owner() || recipients.supervisor()) {
      if (ownerId == null) {
        throw new WorkflowsException(WorkflowsMessage.of("workflows.rules.run.noOwner"));
      }
      if (recipients.owner()) {
        people.add(ownerId);
      }
      if (recipients.supervisor()) {
        supervisor(ownerId).ifPresent(people::add);
      }
    }
    return people;
  }

  /** The owner's manager, else the head of their department (or the one above, if they head it). */
  Optional<Long> supervisor(long ownerId) {
    Optional<Person> owner = directory.person(ownerId);
    if (owner.isEmpty()) {
      return Optional.empty();
    }
    if (owner.get().managerId() != null) {
      return Optional.of(owner.get().managerId());
    }
    Long department = owner.get().departmentId();
    if (department == null) {
      return Optional.empty();
    }
    Optional<Person> head = directory.headOf(department, 0);
    if (head.isPresent() && head.get().id() == ownerId) {
      head = directory.headOf(department, 1);
    }
    return head.map(Person::id);
  }
}
