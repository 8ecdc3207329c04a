package io.atrium.kernel.identity;

import io.atrium.sdk.identity.Department;
import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.identity.Person;
import io.atrium.sdk.identity.UserStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The {@link Directory} host service over the kernel's tables, with the org tree cached. */
public final class DirectoryService implements Directory {

  private final IdentityStore store;
  private final ChangeCounter changes;
  private volatile Cached cached;
  private volatile People people = new People(-1, new ConcurrentHashMap<>());

  private record Cached(long generation, OrgTree tree) {
  }

  /** People read since a change, by id: every form submit asks for its submitter's department. */
  private record People(long generation, Map<Long, Person> byId) {
  }

  /** Most people remembered between two changes; past it the memory starts over. */
  private static final int MAX_PEOPLE = 20_000;

  /** Creates the service. */
  public DirectoryService(IdentityStore store, ChangeCounter changes) {
    this.store = store;
    this.changes = changes;
  }

  /** The org tree as of the last change. */
  public OrgTree tree() {
    long generation = changes.current();
    Cached current = cached;
    if (current == null || current.generation() != generation) {
      current = new Cached(generation, new OrgTree(store.departments()));
      cached = current;
    }
    return current.tree();
  }

  @Override
  public Optional<Person> person(long userId) {
    long generation = changes.current();
    People current = people;
    if (current.generation() != generation || current.byId().size() >= MAX_PEOPLE) {
      current = new People(generation, new ConcurrentHashMap<>());
      people = current;
    }
    Person known = current.byId().get(userId);
    if (known != null) {
      return Optional.of(known);
    }
    // only people found are kept: an account made without a change to the org chart must show up
    Optional<Person> found = store.user(userId).map(UserRecord::person);
    Map<Long, Person> byId = current.byId();
    found.ifPresent(person -> byId.put(userId, person));
    return found;
  }

  @Override
  public Optional<Person> personByUsername(String username) {
    return username == null ? Optional.empty() : store.userByUsername(username.strip()).map(UserRecord::person);
  }

  @Override
  public List<Person> peopleNamed(String displayName) {
    if (displayName == null || displayName.isBlank()) {
      return List.of();
    }
    return store.usersByDisplayName(displayName.strip()).stream().map(UserRecord::person).toList();
  }

  @Override
  public List<Person> people(Collection<Long> userIds) {
    Map<Long, Person> byId = new LinkedHashMap<>();
    for (UserRecord user : store.users(new HashSet<>(userIds))) {
      byId.put(user.id(), user.person());
    }
    List<Person> ordered = new ArrayList<>();
    for (Long id : userIds) {
      Person person = byId.remove(id);
      if (person != null) {
        ordered.add(person);
      }
    }
    return ordered;
  }

  @Override
  public Optional<Department> department(long departmentId) {
    OrgTree tree = tree();
    return tree.get(departmentId).map(tree::view);
  }

  @Override
  public List<Department> departments() {
    OrgTree tree = tree();
    return tree.depthFirst().stream().map(tree::view).toList();
  }

  @Override
  public List<Department> subDepartments(long departmentId, boolean recursive) {
    OrgTree tree = tree();
    List<DepartmentRecord> below = recursive ? tree.subtree(departmentId) : tree.children(departmentId);
    return below.stream().filter(d -> d.id() != departmentId).map(tree::view).toList();
  }

  @Override
  public List<Person> members(long departmentId, boolean includeSubDepartments) {
    Set<Long> departments = includeSubDepartments ? tree().subtreeIds(departmentId) : Set.of(departmentId);
    List<Person> members = new ArrayList<>();
    int offset = 0;
    while (true) {
      List<UserRecord> page = store.users(new UserQuery("", null, false, UserStatus.ACTIVE, offset, 1000), departments);
      page.forEach(u -> members.add(u.person()));
      if (page.size() < 1000) {
        return members;
      }
      offset += page.size();
    }
  }

  @Override
  public Optional<Person> headOf(long departmentId, int levelsUp) {
    if (levelsUp < 0) {
      throw new IllegalArgumentException("levelsUp must not be negative");
    }
    OrgTree tree = tree();
    Optional<DepartmentRecord> department = tree.get(departmentId);
    if (department.isEmpty()) {
      return Optional.empty();
    }
    DepartmentRecord level = department.get();
    if (levelsUp > 0) {
      List<DepartmentRecord> ancestors = tree.ancestors(departmentId);
      if (levelsUp > ancestors.size()) {
        return Optional.empty();
      }
      level = ancestors.get(levelsUp - 1);
    }
    return level.headId() == null ? Optional.empty() : person(level.headId());
  }

  @Override
  public List<Person> managerChain(long userId, int maxLevels) {
    List<Person> chain = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    seen.add(userId);
    Optional<UserRecord> current = store.user(userId);
    while (current.isPresent() && chain.size() < maxLevels) {
      Long managerId = current.get().managerId();
      if (managerId == null || !seen.add(managerId)) {
        break;
      }
      current = store.user(managerId);
      current.ifPresent(manager -> chain.add(manager.person()));
    }
    return chain;
  }

  @Override
  public List<Person> withRole(String roleName) {
    return store.roleHolders(roleName).stream().map(UserRecord::person).toList();
  }

  @Override
  public List<Person> inGroup(String groupName) {
    return store.groupMembers(groupName).stream().map(UserRecord::person).toList();
  }
}
