package io.atrium.kernel.identity;

import io.atrium.kernel.audit.Audit;
import io.atrium.kernel.audit.AuditEvent;
import io.atrium.kernel.security.Passwords;
import io.atrium.kernel.validation.ConflictException;
import io.atrium.kernel.validation.NotFoundException;
import io.atrium.kernel.validation.Problems;
import io.atrium.sdk.identity.UserStatus;
import io.atrium.sdk.persistence.Transactions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;

/**
 * Changes to people, departments and groups, with their rules: valid and unique names, no cycles
 * in the org chart or the manager chain, nothing deleted that is still in use. Each change runs in
 * one transaction, is audited and bumps the {@link ChangeCounter} so caches rebuild.
 */
public final class OrgAdmin {

  /** Login names: letters, digits and {@code . _ @ -}, 2 to 64 characters. */
  static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{1,63}");
  static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
  /** A mainland mobile number, or an international one with its + and country code. */
  static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}|\\+\\d{7,15}");
  static final Set<String> LOCALES = Set.of("zh-CN", "en");

  private final IdentityStore store;
  private final ChangeCounter changes;
  private final Transactions transactions;
  private final Audit audit;
  private final Clock clock;
  private final List<LongConsumer> deactivationListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

  /** Creates the service. */
  public OrgAdmin(IdentityStore store, ChangeCounter changes, Transactions transactions, Audit audit, Clock clock) {
    this.store = store;
    this.changes = changes;
    this.transactions = transactions;
    this.audit = audit;
    this.clock = clock;
  }

  /** Calls back with the user id when a user is disabled or leaves (to end sessions and tokens). */
  public void onDeactivated(LongConsumer listener) {
    deactivationListeners.add(listener);
  }

  // ------------------------------------------------------------------------------------- users

  /** Creates a user; the password, when given, must meet the password policy. */
  public UserRecord createUser(UserInput input) {
    return createUser(input, null, null);
  }

  /** Creates a user linked to an outside directory entry (no password: they sign in there). */
  public UserRecord createUser(UserInput input, String externalSource, String externalId) {
    return transactions.required(() -> {
      Problems problems = new Problems();
      validateUser(input, null, problems);
      problems.check(input.username() == null || input.username().isBlank(), "username", "validation.required");
      problems.check(input.displayName() == null || input.displayName().isBlank(), "displayName",
          "validation.required");
      if (input.password() != null) {
        String weakness = Passwords.weakness(input.password(), input.username());
        problems.check(weakness != null, "password", weakness, Passwords.MIN_LENGTH, Passwords.MAX_LENGTH);
      }
      problems.throwIfAny();
      String hash = input.password() == null ? null : Passwords.hash(input.password());
      long id = store.insertUser(input, hash, externalSource, externalId, clock.instant());
      changes.bump();
      UserRecord created = store.user(id).orElseThrow();
      audit.record(AuditEvent.admin("user.create", "user", id, Map.of(), describe(created)));
      return created;
    });
  }

  /**
   * Changes a user: fields of {@code input} that are null stay as they are.
   *
   * @param expectedVersion the version the caller read, or null to take the current one
   * @throws ConflictException when someone else changed the user since {@code expectedVersion}
   */
  public UserRecord updateUser(long id, Long expectedVersion, UserInput input) {
    return transactions.required(() -> {
      UserRecord current = requireUser(id);
      Problems problems = new Problems();
      validateUser(input, current, problems);
      if (input.password() != null) {
        String weakness = Passwords.weakness(input.password(), current.username());
        problems.check(weakness != null, "password", weakness, Passwords.MIN_LENGTH, Passwords.MAX_LENGTH);
      }
      problems.throwIfAny();
      UserRecord merged = merge(current, input);
      long version = expectedVersion == null ? current.version() : expectedVersion;
      if (!store.updateUser(merged, version, clock.instant())) {
        throw new ConflictException("conflict.user.changed", current.username());
      }
      if (input.password() != null) {
        store.setPassword(id, Passwords.hash(input.password()), clock.instant());
      }
      changes.bump();
      UserRecord updated = store.user(id).orElseThrow();
      Map<String, Object> before = describe(current);
      Map<String, Object> after = describe(updated);
      if (input.password() != null) {
        after.put("password", "changed");
      }
      audit.record(AuditEvent.admin("user.update", "user", id, difference(before, after), difference(after, before)));
      if (current.status() == UserStatus.ACTIVE && updated.status() != UserStatus.ACTIVE) {
        transactions.afterCommit(() -> deactivationListeners.forEach(l -> l.accept(id)));
      }
      return updated;
    });
  }

  /** Marks a user as having left: kept for history, can no longer sign in or receive work. */
  public void markLeft(long id) {
    updateUser(id, null, new UserInput(null, null, null, null, null, null, null, UserStatus.LEFT, null, null));
  }

  /** Sets a user's password as an administrator. */
  public void setPassword(long id, String password) {
    transactions.required(() -> {
      UserRecord user = requireUser(id);
      String weakness = Passwords.weakness(password, user.username());
      new Problems().check(weakness != null, "password", weakness, Passwords.MIN_LENGTH, Passwords.MAX_LENGTH)
          .throwIfAny();
      store.setPassword(id, Passwords.hash(password), clock.instant());
      audit.record(AuditEvent.admin("user.password.set", "user", id, Map.of(), Map.of("password", "changed")));
      return null;
    });
  }

  /**
   * The problems a create ({@code current} null) or change of a user would have, without writing
   * anything; the password is checked too. For imports, which check a whole file first.
   */
  public List<io.atrium.kernel.validation.FieldProblem> problemsOf(UserInput input, UserRecord current) {
    Problems problems = new Problems();
    validateUser(input, current, problems);
    if (current == null) {
      problems.check(input.username() == null || input.username().isBlank(), "username", "validation.required");
      problems.check(input.displayName() == null || input.displayName().isBlank(), "displayName",
          "validation.required");
    }
    if (input.password() != null) {
      String weakness = Passwords.weakness(input.password(), current == null ? input.username() : current.username());
      problems.check(weakness != null, "password", weakness, Passwords.MIN_LENGTH, Passwords.MAX_LENGTH);
    }
    return problems.list();
  }

  private void validateUser(UserInput input, UserRecord current, Problems problems) {
    if (input.username() != null) {
      String username = input.username().strip();
      if (!USERNAME.matcher(username).matches()) {
        problems.add("username", "validation.username.format");
      } else {
        Optional<UserRecord> owner = store.userByUsername(username);
        if (owner.isPresent() && (current == null || owner.get().id() != current.id())) {
          problems.add("username", "validation.username.taken", username);
        }
      }
    }
    if (input.displayName() != null) {
      problems.check(input.displayName().isBlank(), "displayName", "validation.required");
      problems.check(input.displayName().strip().length() > 200, "displayName", "validation.length.max", 200);
    }
    if (input.email() != null && !input.email().isBlank()) {
      String email = input.email().strip();
      problems.check(email.length() > 254 || !EMAIL.matcher(email).matches(), "email", "validation.email.format");
    }
    if (input.mobile() != null && !input.mobile().isBlank()) {
      problems.check(!MOBILE.matcher(input.mobile().strip().replace(" ", "").replace("-", "")).matches(), "mobile",
          "validation.mobile.format");
    }
    if (input.position() != null) {
      problems.check(input.position().strip().length() > 100, "position", "validation.length.max", 100);
    }
    if (input.locale() != null && !input.locale().isBlank()) {
      problems.check(!LOCALES.contains(input.locale().strip()), "locale", "validation.locale", String.join(", ",
          LOCALES));
    }
    if (input.departmentId() != null && input.departmentId() != 0) {
      problems.check(store.department(input.departmentId()).isEmpty(), "departmentId",
          "validation.department.unknown", input.departmentId());
    }
    if (input.managerId() != null && input.managerId() != 0) {
      Optional<UserRecord> manager = store.user(input.managerId());
      if (manager.isEmpty()) {
        problems.add("managerId", "validation.user.unknown", input.managerId());
      } else if (current != null && managerCycle(current.id(), input.managerId())) {
        problems.add("managerId", "validation.manager.cycle", manager.get().displayName());
      }
    }
  }

  /** Whether making {@code managerId} the manager of {@code userId} would close a loop. */
  private boolean managerCycle(long userId, long managerId) {
    Set<Long> seen = new HashSet<>();
    Long current = managerId;
    while (current != null && seen.add(current)) {
      if (current == userId) {
        return true;
      }
      current = store.user(current).map(UserRecord::managerId).orElse(null);
    }
    return false;
  }

  private static UserRecord merge(UserRecord current, UserInput input) {
    return new UserRecord(current.id(), pick(input.username(), current.username()),
        pick(input.displayName(), current.displayName()), optional(input.email(), current.email()),
        optional(input.mobile(), current.mobile()), id(input.departmentId(), current.departmentId()),
        optional(input.position(), current.position()), id(input.managerId(), current.managerId()),
        input.status() == null ? current.status() : input.status(), optional(input.locale(), current.locale()),
        current.externalSource(), current.hasPassword(), current.createdAt(), current.version());
  }

  private static String pick(String requested, String current) {
    return requested == null ? current : requested.strip();
  }

  private static String optional(String requested, String current) {
    if (requested == null) {
      return current;
    }
    return requested.isBlank() ? null : requested.strip();
  }

  private static Long id(Long requested, Long current) {
    if (requested == null) {
      return current;
    }
    return requested == 0 ? null : requested;
  }

  private UserRecord requireUser(long id) {
    return store.user(id).orElseThrow(() -> new NotFoundException("notfound.user", id));
  }

  /** The audited fields of a user. */
  static Map<String, Object> describe(UserRecord user) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("username", user.username());
    fields.put("displayName", user.displayName());
    fields.put("email", user.email());
    fields.put("mobile", user.mobile());
    fields.put("departmentId", user.departmentId());
    fields.put("position", user.position());
    fields.put("managerId", user.managerId());
    fields.put("status", user.status().name());
    fields.put("locale", user.locale());
    return fields;
  }

  /** The entries of {@code of} whose values differ in {@code other}. */
  static Map<String, Object> difference(Map<String, Object> of, Map<String, Object> other) {
    Map<String, Object> changed = new LinkedHashMap<>();
    for (Map.Entry<String, Object> entry : of.entrySet()) {
      if (!Objects.equals(entry.getValue(), other.get(entry.getKey()))) {
        changed.put(entry.getKey(), entry.getValue());
      }
    }
    return changed;
  }

  // ------------------------------------------------------------------------------ departments

  /**
   * The tree as this transaction sees it: changes check against it, never against the shared
   * cache, which may lag behind the transaction's own uncommitted changes.
   */
  private OrgTree freshTree() {
    return new OrgTree(store.departments());
  }

  /** Creates a department below {@code parentId} (null for a top-level one). */
  public DepartmentRecord createDepartment(String name, Long parentId, Long headId, Integer sortOrder) {
    return transactions.required(() -> {
      OrgTree tree = freshTree();
      Problems problems = new Problems();
      String cleanName = validateDepartment(name, parentId, headId, null, tree, problems);
      problems.throwIfAny();
      int order = sortOrder != null ? sortOrder : (parentId == null ? tree.roots() : tree.children(parentId)).size();
      long id = store.insertDepartment(cleanName, parentId, headId, order, null, null, clock.instant());
      changes.bump();
      DepartmentRecord created = store.department(id).orElseThrow();
      audit.record(AuditEvent.admin("department.create", "department", id, Map.of(), describe(created)));
      return created;
    });
  }

  /**
   * Renames, moves or changes the head of a department; null arguments keep the current value,
   * {@code parentId} 0 moves it to the top.
   */
  public DepartmentRecord updateDepartment(long id, Long expectedVersion, String name, Long parentId, Long headId,
      Integer sortOrder) {
    return transactions.required(() -> {
      OrgTree tree = freshTree();
      DepartmentRecord current = store.department(id).orElseThrow(() -> new NotFoundException("notfound.department",
          id));
      Long newParent = parentId == null ? current.parentId() : parentId == 0 ? null : parentId;
      Long newHead = headId == null ? current.headId() : headId == 0 ? null : headId;
      Problems problems = new Problems();
      String cleanName = validateDepartment(name == null ? current.name() : name, newParent, newHead, current, tree,
          problems);
      if (newParent != null && tree.isWithin(newParent, id)) {
        problems.add("parentId", "validation.department.cycle");
      }
      problems.throwIfAny();
      DepartmentRecord merged = new DepartmentRecord(id, cleanName, newParent, newHead,
          sortOrder == null ? current.sortOrder() : sortOrder, current.externalSource(), current.version());
      if (!store.updateDepartment(merged, expectedVersion == null ? current.version() : expectedVersion)) {
        throw new ConflictException("conflict.department.changed", current.name());
      }
      changes.bump();
      DepartmentRecord updated = store.department(id).orElseThrow();
      audit.record(AuditEvent.admin("department.update", "department", id,
          difference(describe(current), describe(updated)), difference(describe(updated), describe(current))));
      return updated;
    });
  }

  /** Deletes a department that has no sub-departments and no members. */
  public void deleteDepartment(long id) {
    transactions.required(() -> {
      OrgTree tree = freshTree();
      DepartmentRecord current = store.department(id).orElseThrow(() -> new NotFoundException("notfound.department",
          id));
      if (!tree.children(id).isEmpty()) {
        throw new ConflictException("conflict.department.children", current.name(), tree.children(id).size());
      }
      long members = store.countMembers(id);
      if (members > 0) {
        throw new ConflictException("conflict.department.members", current.name(), members);
      }
      store.deleteDepartment(id);
      changes.bump();
      audit.record(AuditEvent.admin("department.delete", "department", id, describe(current), Map.of()));
      return null;
    });
  }

  private String validateDepartment(String name, Long parentId, Long headId, DepartmentRecord current, OrgTree tree,
      Problems problems) {
    String clean = name == null ? "" : name.strip();
    problems.check(clean.isEmpty(), "name", "validation.required");
    problems.check(clean.length() > 200, "name", "validation.length.max", 200);
    if (parentId != null && tree.get(parentId).isEmpty()) {
      problems.add("parentId", "validation.department.unknown", parentId);
    }
    if (headId != null && store.user(headId).isEmpty()) {
      problems.add("headId", "validation.user.unknown", headId);
    }
    List<DepartmentRecord> siblings = parentId == null ? tree.roots() : tree.children(parentId);
    boolean taken = siblings.stream().anyMatch(s -> s.name().equalsIgnoreCase(clean)
        && (current == null || s.id() != current.id()));
    problems.check(!clean.isEmpty() && taken, "name", "validation.department.taken", clean);
    return clean;
  }

  private static Map<String, Object> describe(DepartmentRecord department) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("name", department.name());
    fields.put("parentId", department.parentId());
    fields.put("headId", department.headId());
    fields.put("sortOrder", department.sortOrder());
    return fields;
  }

  // ----------------------------------------------------------------------------------- groups

  /** Creates a group. */
  public GroupRecord createGroup(String name, String description, Collection<Long> memberIds) {
    return transactions.required(() -> {
      String clean = validateGroup(name, null, memberIds);
      long id = store.insertGroup(clean, description);
      store.setGroupMembers(id, new LinkedHashSet<>(memberIds));
      changes.bump();
      GroupRecord created = store.group(id).orElseThrow();
      audit.record(AuditEvent.admin("group.create", "group", id, Map.of(), Map.of("name", clean, "members",
          created.memberIds())));
      return created;
    });
  }

  /** Renames a group and replaces its members (null keeps them). */
  public GroupRecord updateGroup(long id, String name, String description, Collection<Long> memberIds) {
    return transactions.required(() -> {
      GroupRecord current = store.group(id).orElseThrow(() -> new NotFoundException("notfound.group", id));
      String clean = validateGroup(name == null ? current.name() : name, id,
          memberIds == null ? List.of() : memberIds);
      store.updateGroup(id, clean, description == null ? current.description() : description);
      if (memberIds != null) {
        store.setGroupMembers(id, new LinkedHashSet<>(memberIds));
      }
      changes.bump();
      GroupRecord updated = store.group(id).orElseThrow();
      audit.record(AuditEvent.admin("group.update", "group", id, Map.of("name", current.name(), "members",
          current.memberIds()), Map.of("name", updated.name(), "members", updated.memberIds())));
      return updated;
    });
  }

  /** Deletes a group. */
  public void deleteGroup(long id) {
    transactions.required(() -> {
      GroupRecord current = store.group(id).orElseThrow(() -> new NotFoundException("notfound.group", id));
      store.deleteGroup(id);
      changes.bump();
      audit.record(AuditEvent.admin("group.delete", "group", id, Map.of("name", current.name()), Map.of()));
      return null;
    });
  }

  private String validateGroup(String name, Long id, Collection<Long> memberIds) {
    Problems problems = new Problems();
    String clean = name == null ? "" : name.strip();
    problems.check(clean.isEmpty(), "name", "validation.required");
    problems.check(clean.length() > 100, "name", "validation.length.max", 100);
    Optional<Long> owner = store.groupId(clean);
    problems.check(owner.isPresent() && !owner.get().equals(id), "name", "validation.group.taken", clean);
    Set<Long> wanted = new HashSet<>(memberIds);
    Set<Long> found = new HashSet<>();
    store.users(wanted).forEach(u -> found.add(u.id()));
    List<Long> missing = new ArrayList<>(wanted);
    missing.removeAll(found);
    problems.check(!missing.isEmpty(), "memberIds", "validation.user.unknown", missing);
    problems.throwIfAny();
    return clean;
  }
}
