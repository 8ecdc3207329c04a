package io.atrium.sdk.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Host service: reads the org chart. Lists are ordered by display name unless said otherwise. */
@ProviderType
public interface Directory {

  /** A person by user id, whatever their status. */
  Optional<Person> person(long userId);

  /** A person by login name. */
  Optional<Person> personByUsername(String username);

  /** Everyone whose display name equals the stripped text, whatever their status, by id; none for blank text. */
  List<Person> peopleNamed(String displayName);

  /** The people with these ids that exist, in the order of the ids. */
  List<Person> people(Collection<Long> userIds);

  /** A department by id. */
  Optional<Department> department(long departmentId);

  /** Every department, parents before their children. */
  List<Department> departments();

  /** The departments below one: its children, or with {@code recursive} the whole subtree. */
  List<Department> subDepartments(long departmentId, boolean recursive);

  /** The active members of a department, optionally with those of its subtree. */
  List<Person> members(long departmentId, boolean includeSubDepartments);

  /**
   * The head of a department or of one of its ancestors: {@code levelsUp} 0 is the department's
   * own head, 1 its parent's. Empty when that level has no head or does not exist.
   */
  Optional<Person> headOf(long departmentId, int levelsUp);

  /** A person's managers, nearest first, at most {@code maxLevels} of them (cycles are cut). */
  List<Person> managerChain(long userId, int maxLevels);

  /** The active people holding a role. */
  List<Person> withRole(String roleName);

  /** The active members of a user group. */
  List<Person> inGroup(String groupName);
}
