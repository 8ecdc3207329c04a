package io.atrium.sdk.testkit;

import io.atrium.sdk.identity.Department;
import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.identity.Person;
import io.atrium.sdk.identity.UserStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The org chart of a test: add people and departments, then components see them through the
 * {@link Directory} host service exactly as they would see the server's.
 *
 * <pre>{@code
 * long sales = kit.directory().department("销售部", null, null);
 * long boss = kit.directory().person("wang", "王总", sales, null);
 * kit.directory().person("li", "李雷", sales, boss);
 * }</pre>
 */
public final class TestDirectory implements Directory {

  private final Map<Long, Person> people = new LinkedHashMap<>();
  private final Map<Long, Department> departments = new LinkedHashMap<>();
  private final Map<String, Set<Long>> roles = new LinkedHashMap<>();
  private final Map<String, Set<Long>> groups = new LinkedHashMap<>();
  private long nextId = 1;

  TestDirectory() {
  }

  /** Adds a department and returns its id; {@code parentId} and {@code headId} may be null. */
  public synchronized long department(String name, Long parentId, Long headId) {
    long id = nextId++;
    int depth = parentId == null ? 0 : departments.get(parentId).depth() + 1;
    departments.put(id, new Department(id, name, parentId, headId, depth));
    return id;
  }

  /** Sets the head of a department. */
  public synchronized void head(long departmentId, long userId) {
    Department d = departments.get(departmentId);
    departments.put(departmentId, new Department(d.id(), d.name(), d.parentId(), userId, d.depth()));
  }

  /** Adds an active person and returns their user id. */
  public synchronized long person(String username, String displayName, Long departmentId, Long managerId) {
    long id = nextId++;
    people.put(id, new Person(id, username, displayName, username + "@example.com", null, departmentId, null,
        managerId, UserStatus.ACTIVE));
    return id;
  }

  /** Adds a person as given (any status). */
  public synchronized void person(Person person) {
    people.put(person.id(), person);
    nextId = Math.max(nextId, person.id() + 1);
  }

  /** Gives people a role. */
  public synchronized void role(String role, long... userIds) {
    Set<Long> holders = roles.computeIfAbsent(role, k -> new HashSet<>());
    for (long id : userIds) {
      holders.add(id);
    }
  }

  /** Puts people in a group. */
  public synchronized void group(String group, long... userIds) {
    Set<Long> members = groups.computeIfAbsent(group, k -> new HashSet<>());
    for (long id : userIds) {
      members.add(id);
    }
  }

  @Override
  public synchronized Optional<Person> person(long userId) {
    return Optional.ofNullable(people.get(userId));
  }

  @Override
  public synchronized Optional<Person> personByUsername(String username) {
    return people.values().stream().filter(p -> p.username().equals(username)).findFirst();
  }

  @Override
  public synchronized List<Person> peopleNamed(String displayName) {
    if (displayName == null || displayName.isBlank()) {
      return List.of();
    }
    String name = displayName.strip();
    return people.values().stream().filter(p -> name.equals(p.displayName()))
        .sorted(Comparator.comparingLong(Person::id)).toList();
  }

  @Override
  public synchronized List<Person> people(Collection<Long> userIds) {
    return userIds.stream().map(people::get).filter(p -> p != null).toList();
  }

  @Override
  public synchronized Optional<Department> department(long departmentId) {
    return Optional.ofNullable(departments.get(departmentId));
  }

  @Override
  public synchronized List<Department> departments() {
    List<Department> ordered = new ArrayList<>();
    departments.values().stream().filter(d -> d.parentId() == null).forEach(d -> collect(d, ordered));
    return ordered;
  }

  private void collect(Department department, List<Department> into) {
    into.add(department);
    departments.values().stream().filter(d -> department.id() == nullToZero(d.parentId()))
        .forEach(d -> collect(d, into));
  }

  private static long nullToZero(Long id) {
    return id == null ? 0 : id;
  }

  @Override
  public synchronized List<Department> subDepartments(long departmentId, boolean recursive) {
    List<Department> below = new ArrayList<>();
    for (Department child : departments.values()) {
      if (child.parentId() != null && child.parentId() == departmentId) {
        if (recursive) {
          collect(child, below);
        } else {
          below.add(child);
        }
      }
    }
    return below;
  }

  @Override
  public synchronized List<Person> members(long departmentId, boolean includeSubDepartments) {
    Set<Long> wanted = new HashSet<>();
    wanted.add(departmentId);
    if (includeSubDepartments) {
      subDepartments(departmentId, true).forEach(d -> wanted.add(d.id()));
    }
    return sorted(people.values().stream().filter(p -> p.active() && p.departmentId() != null
        && wanted.contains(p.departmentId())).toList());
  }

  @Override
  public synchronized Optional<Person> headOf(long departmentId, int levelsUp) {
    Department level = departments.get(departmentId);
    for (int i = 0; i < levelsUp && level != null; i++) {
      level = level.parentId() == null ? null : departments.get(level.parentId());
    }
    return level == null || level.headId() == null ? Optional.empty() : person(level.headId());
  }

  @Override
  public synchronized List<Person> managerChain(long userId, int maxLevels) {
    List<Person> chain = new ArrayList<>();
    Set<Long> seen = new HashSet<>(Set.of(userId));
    Person current = people.get(userId);
    while (current != null && current.managerId() != null && chain.size() < maxLevels
        && seen.add(current.managerId())) {
      current = people.get(current.managerId());
      if (current != null) {
        chain.add(current);
      }
    }
    return chain;
  }

  @Override
  public synchronized List<Person> withRole(String roleName) {
    return sorted(people(roles.getOrDefault(roleName, Set.of())).stream().filter(Person::active).toList());
  }

  @Override
  public synchronized List<Person> inGroup(String groupName) {
    return sorted(people(groups.getOrDefault(groupName, Set.of())).stream().filter(Person::active).toList());
  }

  private static List<Person> sorted(List<Person> list) {
    return list.stream().sorted(Comparator.comparing(Person::displayName).thenComparingLong(Person::id)).toList();
  }
}
