package io.atrium.kernel.identity;

import io.atrium.kernel.i18n.Message;
import io.atrium.sdk.identity.DirectorySnapshot;
import io.atrium.sdk.identity.DirectorySnapshot.Member;
import io.atrium.sdk.identity.DirectorySnapshot.Unit;
import io.atrium.sdk.identity.UserStatus;
import io.atrium.sdk.persistence.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;

/**
 * Applies what an outside directory holds to the org chart, in one transaction: people and
 * departments are matched by source and external id, missing ones created (people without a
 * password), changed ones updated, people the directory no longer has marked as left; parents,
 * heads and managers are resolved by external id. An error rolls everything back. Entries that
 * cannot be taken over (a login name an Atrium account already uses) are skipped with a warning.
 * Role grants the sync makes are marked with the source id, so administrators' grants are never
 * touched.
 */
public final class DirectorySync {

  private static final int NAME_MAX = 200;
  private static final int POSITION_MAX = 100;
  private static final int MOBILE_MAX = 32;
  private static final int EMAIL_MAX = 254;
  private static final int EXTERNAL_ID_MAX = 200;

  private final IdentityStore store;
  private final ChangeCounter changes;
  private final Transactions transactions;
  private final Clock clock;

  private final List<LongConsumer> deactivationListeners = new CopyOnWriteArrayList<>();

  /** Creates the sync. */
  public DirectorySync(IdentityStore store, ChangeCounter changes, Transactions transactions, Clock clock) {
    this.store = store;
    this.changes = changes;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * Calls back with the user id, after the commit, when a sync disables a person or marks them as
   * left (to end their sessions and tokens, as for an administrator's change).
   */
  public void onDeactivated(LongConsumer listener) {
    deactivationListeners.add(listener);
  }

  private void deactivated(long userId) {
    transactions.afterCommit(() -> deactivationListeners.forEach(listener -> listener.accept(userId)));
  }

  /**
   * Applies a full snapshot.
   *
   * @param roles for sources that manage roles (LDAP group mapping): the role names each person
   *     should hold, by external id; null for sources that do not
   * @throws InvalidSnapshotException when the snapshot as a whole is inconsistent; nothing changed
   */
  public SyncResult apply(String source, DirectorySnapshot snapshot, Map<String, Set<String>> roles) {
    return transactions.required(() -> new Run(source, roles).apply(snapshot));
  }

  /**
   * Creates or updates one person, as at sign-in: their department and manager are linked when
   * the org chart has them already; nobody is marked as left.
   *
   * @param roles the role names the directory grants them, or null to leave their grants alone
   * @return the person as stored
   * @throws InvalidSnapshotException when the entry cannot be taken over (its login name is used)
   */
  public UserRecord applyPerson(String source, Member member, Set<String> roles) {
    return transactions.required(() -> new Run(source, roles == null ? null : Map.of(member.externalId(), roles))
        .applyOne(member));
  }

  /** One application of a snapshot. */
  private final class Run {
    private final String source;
    private final Map<String, Set<String>> roles;
    private final Instant now = clock.instant();
    private final List<Message> warnings = new ArrayList<>();
    private final Set<String> warned = new HashSet<>();
    private final Map<String, Long> departmentIds = new HashMap<>();
    private final Map<String, Long> userIds = new HashMap<>();
    /** The people of the snapshot that were taken over: only they can be managers and heads. */
    private final Map<String, Long> presentIds = new HashMap<>();
    /** People and departments as read at the start, so a big directory is not read again row by row. */
    private final Map<String, UserRecord> knownUsers = new HashMap<>();
    private final Map<String, DepartmentRecord> knownDepartments = new HashMap<>();
    private int peopleCreated;
    private int peopleLeft;
    private int peopleSkipped;
    private int departmentsCreated;
    private int departmentsUpdated;
    private int departmentsRemoved;
    private final Set<Long> peopleUpdated = new HashSet<>();
    private final Set<Long> createdUsers = new HashSet<>();
    private final Set<String> createdDepartments = new HashSet<>();
    private boolean touched;

    Run(String source, Map<String, Set<String>> roles) {
      this.source = source;
      this.roles = roles;
    }

    SyncResult apply(DirectorySnapshot snapshot) {
      check(snapshot);
      Map<String, DepartmentRecord> departments = store.externalDepartmentRecords(source);
      knownDepartments.putAll(departments);
      // only the snapshot's departments can be linked to: the others are on their way out
      for (Unit unit : snapshot.departments()) {
        DepartmentRecord known = departments.get(unit.externalId());
        if (known != null) {
          departmentIds.put(unit.externalId(), known.id());
        }
      }
      createDepartments(snapshot.departments(), departments);

      Map<String, UserRecord> existing = store.externalUserRecords(source);
      existing.forEach((externalId, user) -> userIds.put(externalId, user.id()));
      knownUsers.putAll(existing);
      Map<String, Member> accepted = new LinkedHashMap<>();
      for (Member member : snapshot.people()) {
        Optional<Member> clean = clean(member);
        if (clean.isEmpty()) {
          continue;
        }
        if (!existing.containsKey(member.externalId()) && !create(clean.get())) {
          continue;
        }
        accepted.put(member.externalId(), clean.get());
      }
      accepted.keySet().forEach(externalId -> presentIds.put(externalId, userIds.get(externalId)));
      Map<String, Long> managers = managers(accepted.values());
      for (Member member : accepted.values()) {
        update(member, managers.get(member.externalId()));
      }
      Set<String> present = new HashSet<>();
      snapshot.people().forEach(m -> present.add(m.externalId()));
      markLeft(existing, present);

      updateDepartments(snapshot.departments());
      removeDepartments(departments, snapshot.departments());
      if (roles != null) {
        applyRoles(accepted.keySet(), existing, present);
      }
      if (touched) {
        changes.bump();
      }
      peopleUpdated.removeAll(createdUsers);
      return new SyncResult(peopleCreated, peopleUpdated.size(), peopleLeft, peopleSkipped, departmentsCreated,
          departmentsUpdated, departmentsRemoved, warnings);
    }

    UserRecord applyOne(Member member) {
      checkId(member.externalId());
      Member clean = clean(member).orElseThrow(() -> new InvalidSnapshotException("directory.person.invalid",
          member.username()));
      Optional<UserRecord> existing = store.userByExternalId(source, member.externalId());
      if (member.departmentExternalId() != null) {
        store.departmentIdByExternalId(source, member.departmentExternalId())
            .ifPresent(id -> departmentIds.put(member.departmentExternalId(), id));
      }
      Long managerId = null;
      if (member.managerExternalId() != null) {
        managerId = store.userByExternalId(source, member.managerExternalId())
            .filter(manager -> manager.status() != UserStatus.LEFT).map(UserRecord::id).orElse(null);
      }
      if (existing.isPresent()) {
        userIds.put(member.externalId(), existing.get().id());
        if (managerId != null && reportsTo(managerId, existing.get().id())) {
          managerId = null;
        }
      } else if (!create(clean)) {
        throw new InvalidSnapshotException("directory.person.username.taken", clean.username());
      }
      update(clean, managerId);
      if (roles != null) {
        applyRoles(Set.of(member.externalId()), Map.of(), Set.of(member.externalId()));
      }
      if (touched) {
        changes.bump();
      }
      return store.user(userIds.get(member.externalId())).orElseThrow();
    }

    // ----------------------------------------------------------------------------- checks

    private void check(DirectorySnapshot snapshot) {
      Map<String, Unit> units = new HashMap<>();
      for (Unit unit : snapshot.departments()) {
        checkId(unit.externalId());
        if (units.put(unit.externalId(), unit) != null) {
          throw new InvalidSnapshotException("directory.snapshot.department.duplicate", unit.externalId());
        }
      }
      for (Unit unit : snapshot.departments()) {
        Set<String> seen = new HashSet<>();
        Unit current = unit;
        while (current != null && current.parentExternalId() != null) {
          if (!seen.add(current.externalId())) {
            throw new InvalidSnapshotException("directory.snapshot.department.cycle", unit.name());
          }
          current = units.get(current.parentExternalId());
        }
      }
      Set<String> ids = new HashSet<>();
      Set<String> usernames = new HashSet<>();
      for (Member member : snapshot.people()) {
        checkId(member.externalId());
        if (!ids.add(member.externalId())) {
          throw new InvalidSnapshotException("directory.snapshot.person.duplicate", member.externalId());
        }
        if (!usernames.add(member.username().strip().toLowerCase(Locale.ROOT))) {
          throw new InvalidSnapshotException("directory.snapshot.username.duplicate", member.username());
        }
      }
    }

    private void checkId(String externalId) {
      if (externalId.isBlank() || externalId.length() > EXTERNAL_ID_MAX) {
        throw new InvalidSnapshotException("directory.snapshot.id.invalid", externalId.length() > 40
            ? externalId.substring(0, 40) + "..." : externalId, EXTERNAL_ID_MAX);
      }
    }

    /** The member with its texts trimmed to what the org chart holds, or empty when it cannot be used. */
    private Optional<Member> clean(Member member) {
      String username = member.username().strip();
      if (!OrgAdmin.USERNAME.matcher(username).matches()) {
        skip("directory.warn.username.invalid", member.username(), member.displayName());
        return Optional.empty();
      }
      String displayName = member.displayName().strip();
      if (displayName.isEmpty()) {
        displayName = username;
      }
      String email = blankToNull(member.email());
      if (email != null && (email.length() > EMAIL_MAX || !OrgAdmin.EMAIL.matcher(email).matches())) {
        warn("directory.warn.email.invalid", username, email);
        email = null;
      }
      String mobile = blankToNull(member.mobile());
      if (mobile != null) {
        mobile = mobile.replace(" ", "").replace("-", "");
        if (mobile.length() > MOBILE_MAX) {
          warn("directory.warn.mobile.invalid", username, member.mobile());
          mobile = null;
        }
      }
      return Optional.of(new Member(member.externalId(), username, clip(displayName, NAME_MAX), email, mobile,
          member.departmentExternalId(), clipOrNull(member.position(), POSITION_MAX), member.managerExternalId(),
          member.active()));
    }

    // ------------------------------------------------------------------------ departments

    private void createDepartments(List<Unit> units, Map<String, DepartmentRecord> existing) {
      int order = 0;
      for (Unit unit : units) {
        if (!existing.containsKey(unit.externalId())) {
          long id = store.insertDepartment(departmentName(unit), null, null, order, source, unit.externalId(), now);
          departmentIds.put(unit.externalId(), id);
          createdDepartments.add(unit.externalId());
          departmentsCreated++;
          touched = true;
        }
        order++;
      }
    }

    private void updateDepartments(List<Unit> units) {
      int order = 0;
      for (Unit unit : units) {
        long id = departmentIds.get(unit.externalId());
        DepartmentRecord current = createdDepartments.contains(unit.externalId()) ? store.department(id).orElseThrow()
            : knownDepartments.get(unit.externalId());
        Long parentId = resolve(departmentIds, unit.parentExternalId(), "directory.warn.parent.unknown",
            unit.name());
        Long headId = resolve(presentIds, unit.headExternalId(), "directory.warn.head.unknown", unit.name());
        DepartmentRecord wanted = new DepartmentRecord(id, departmentName(unit), parentId, headId, order,
            current.externalSource(), current.version());
        if (!sameDepartment(current, wanted)) {
          if (!store.updateDepartment(wanted, current.version())) {
            throw new IllegalStateException("Department " + current.name() + " changed during the sync");
          }
          if (!createdDepartments.contains(unit.externalId())) {
            departmentsUpdated++;
          }
          touched = true;
        }
        order++;
      }
    }

    private void removeDepartments(Map<String, DepartmentRecord> existing, List<Unit> units) {
      Set<String> present = new HashSet<>();
      units.forEach(u -> present.add(u.externalId()));
      List<Map.Entry<String, DepartmentRecord>> gone = new ArrayList<>();
      existing.entrySet().stream().filter(e -> !present.contains(e.getKey())).forEach(gone::add);
      boolean progress = true;
      while (progress && !gone.isEmpty()) {
        progress = false;
        for (var iterator = gone.iterator(); iterator.hasNext();) {
          DepartmentRecord department = iterator.next().getValue();
          if (store.countChildren(department.id()) == 0 && store.countMembers(department.id()) == 0) {
            store.deleteDepartment(department.id());
            iterator.remove();
            departmentsRemoved++;
            touched = true;
            progress = true;
          }
        }
      }
      for (Map.Entry<String, DepartmentRecord> kept : gone) {
        warn("directory.warn.department.kept", kept.getValue().name());
      }
    }

    private String departmentName(Unit unit) {
      String name = unit.name().strip();
      return clip(name.isEmpty() ? unit.externalId() : name, NAME_MAX);
    }

    // ----------------------------------------------------------------------------- people

    /** Creates a person; false (with a warning) when their login name is taken. */
    private boolean create(Member member) {
      Optional<UserRecord> owner = store.userByUsername(member.username());
      if (owner.isPresent()) {
        skip("directory.warn.username.taken", member.username(), member.displayName());
        return false;
      }
      Long departmentId = resolve(departmentIds, member.departmentExternalId(), "directory.warn.department.unknown",
          member.username());
      long id = store.insertUser(new UserInput(member.username(), member.displayName(), member.email(),
          member.mobile(), departmentId, member.position(), null, status(member), null, null), null, source,
          member.externalId(), now);
      userIds.put(member.externalId(), id);
      createdUsers.add(id);
      peopleCreated++;
      touched = true;
      return true;
    }

    /** The manager of each member by external id, with links that would close a loop dropped. */
    private Map<String, Long> managers(Collection<Member> members) {
      Map<Long, Long> managerOf = new HashMap<>();
      Map<String, Long> result = new HashMap<>();
      for (Member member : members) {
        Long managerId = resolve(presentIds, member.managerExternalId(), "directory.warn.manager.unknown",
            member.username());
        if (managerId != null && managerId.equals(userIds.get(member.externalId()))) {
          managerId = null;
        }
        result.put(member.externalId(), managerId);
        managerOf.put(userIds.get(member.externalId()), managerId);
      }
      for (Member member : members) {
        long self = userIds.get(member.externalId());
        Set<Long> seen = new HashSet<>();
        Long current = managerOf.get(self);
        while (current != null && seen.add(current)) {
          if (current == self) {
            warn("directory.warn.manager.cycle", member.username());
            managerOf.put(self, null);
            result.put(member.externalId(), null);
            break;
          }
          current = managerOf.get(current);
        }
      }
      return result;
    }

    private void update(Member member, Long managerId) {
      long id = userIds.get(member.externalId());
      UserRecord current = knownUsers.containsKey(member.externalId()) ? knownUsers.get(member.externalId())
          : store.user(id).orElseThrow();
      String username = member.username();
      if (!username.equals(current.username())) {
        Optional<UserRecord> owner = store.userByUsername(username);
        if (owner.isPresent() && owner.get().id() != id) {
          warn("directory.warn.rename.taken", current.username(), username);
          username = current.username();
        }
      }
      Long departmentId = member.departmentExternalId() == null ? null : departmentIds.get(
          member.departmentExternalId());
      if (member.departmentExternalId() != null && departmentId == null && !createdUsers.contains(id)) {
        warn("directory.warn.department.unknown", member.username(), member.departmentExternalId());
      }
      UserRecord wanted = new UserRecord(id, username, member.displayName(), member.email(), member.mobile(),
          departmentId, member.position(), managerId, status(member), current.locale(), current.externalSource(),
          current.hasPassword(), current.createdAt(), current.version());
      if (!sameUser(current, wanted)) {
        if (!store.updateUser(wanted, current.version(), now)) {
          throw new IllegalStateException("User " + current.username() + " changed during the sync");
        }
        peopleUpdated.add(id);
        touched = true;
        if (current.status() == UserStatus.ACTIVE && wanted.status() != UserStatus.ACTIVE) {
          deactivated(id);
        }
      }
    }

    private boolean reportsTo(long managerId, long userId) {
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

    private void markLeft(Map<String, UserRecord> existing, Set<String> present) {
      for (Map.Entry<String, UserRecord> entry : existing.entrySet()) {
        if (!present.contains(entry.getKey()) && entry.getValue().status() != UserStatus.LEFT) {
          store.setStatus(entry.getValue().id(), UserStatus.LEFT, now);
          peopleLeft++;
          touched = true;
          if (entry.getValue().status() == UserStatus.ACTIVE) {
            deactivated(entry.getValue().id());
          }
        }
      }
    }

    // ------------------------------------------------------------------------------ roles

    private void applyRoles(Set<String> accepted, Map<String, UserRecord> existing, Set<String> present) {
      Map<String, Long> roleIds = store.roleIdsByName();
      Map<Long, Set<Long>> managed = store.managedGrants(source);
      for (String externalId : accepted) {
        long userId = userIds.get(externalId);
        Set<Long> wanted = new LinkedHashSet<>();
        for (String name : roles.getOrDefault(externalId, Set.of())) {
          Long roleId = roleIds.get(name);
          if (roleId == null) {
            warnOnce("directory.warn.role.unknown", name);
          } else {
            wanted.add(roleId);
          }
        }
        Set<Long> held = managed.getOrDefault(userId, Set.of());
        boolean changed = false;
        for (Long roleId : wanted) {
          if (!held.contains(roleId)) {
            changed |= store.grantManaged(userId, roleId, source);
          }
        }
        for (Long roleId : held) {
          if (!wanted.contains(roleId)) {
            changed |= store.revokeManaged(userId, roleId, source);
          }
        }
        if (changed) {
          peopleUpdated.add(userId);
          touched = true;
        }
      }
      // people who left keep no grant of the directory's
      for (Map.Entry<String, UserRecord> entry : existing.entrySet()) {
        if (!present.contains(entry.getKey())) {
          for (Long roleId : managed.getOrDefault(entry.getValue().id(), Set.of())) {
            touched |= store.revokeManaged(entry.getValue().id(), roleId, source);
          }
        }
      }
    }

    // ---------------------------------------------------------------------------- helpers

    private Long resolve(Map<String, Long> ids, String externalId, String warning, String owner) {
      if (externalId == null) {
        return null;
      }
      Long id = ids.get(externalId);
      if (id == null) {
        warn(warning, owner, externalId);
      }
      return id;
    }

    private void skip(String key, Object... args) {
      peopleSkipped++;
      warn(key, args);
    }

    private void warn(String key, Object... args) {
      warnings.add(Message.of(key, args));
    }

    private void warnOnce(String key, Object... args) {
      if (warned.add(key + args[0])) {
        warn(key, args);
      }
    }
  }

  private static UserStatus status(Member member) {
    return member.active() ? UserStatus.ACTIVE : UserStatus.DISABLED;
  }

  private static boolean sameUser(UserRecord a, UserRecord b) {
    return a.username().equals(b.username()) && a.displayName().equals(b.displayName())
        && Objects.equals(a.email(), b.email()) && Objects.equals(a.mobile(), b.mobile())
        && Objects.equals(a.departmentId(), b.departmentId()) && Objects.equals(a.position(), b.position())
        && Objects.equals(a.managerId(), b.managerId()) && a.status() == b.status();
  }

  private static boolean sameDepartment(DepartmentRecord a, DepartmentRecord b) {
    return a.name().equals(b.name()) && Objects.equals(a.parentId(), b.parentId())
        && Objects.equals(a.headId(), b.headId()) && a.sortOrder() == b.sortOrder();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  private static String clipOrNull(String text, int max) {
    String clean = blankToNull(text);
    return clean == null ? null : clip(clean, max);
  }
}
