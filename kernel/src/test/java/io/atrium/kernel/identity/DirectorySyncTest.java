package io.atrium.kernel.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.kernel.i18n.Message;
import io.atrium.kernel.security.AccountStore;
import io.atrium.kernel.security.Passwords;
import io.atrium.kernel.security.policy.RoleStore;
import io.atrium.kernel.testing.KernelDatabase;
import io.atrium.sdk.identity.Department;
import io.atrium.sdk.identity.DirectorySnapshot;
import io.atrium.sdk.identity.DirectorySnapshot.Member;
import io.atrium.sdk.identity.DirectorySnapshot.Unit;
import io.atrium.sdk.identity.Person;
import io.atrium.sdk.identity.UserStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DirectorySyncTest {

  private final KernelDatabase database = new KernelDatabase();
  private final IdentityStore store = new IdentityStore(database.jdbc());
  private final AccountStore accounts = new AccountStore(database.jdbc());
  private final RoleStore roles = new RoleStore(database.jdbc());
  private final ChangeCounter changes = new ChangeCounter(database.jdbc(), Clock.systemUTC());
  private final DirectoryService directory = new DirectoryService(store, changes);
  private final DirectorySync sync = new DirectorySync(store, changes, database.transactions(), Clock.systemUTC());

  @BeforeEach
  void adminRole() {
    accounts.ensureRole("admin", "Everything", List.of("*"));
  }

  @AfterEach
  void close() throws Exception {
    database.close();
  }

  private static Member member(String id, String username, String name, String department, String manager) {
    return new Member(id, username, name, username + "@example.com", "13800138000", department, "工程师", manager,
        true);
  }

  /** 总部 > 研发部, 总部 > 销售部; 王总 heads 总部 and manages 李雷, who manages 韩梅梅. */
  private static DirectorySnapshot.Builder org() {
    return DirectorySnapshot.builder()
        .department(new Unit("d-rd", "研发部", "d-hq", "u-li"))
        .department(new Unit("d-hq", "总部", null, "u-wang"))
        .department(new Unit("d-sales", "销售部", "d-hq", null))
        .person(member("u-han", "hanmeimei", "韩梅梅", "d-rd", "u-li"))
        .person(member("u-li", "lilei", "李雷", "d-rd", "u-wang"))
        .person(member("u-wang", "wangzong", "王总", "d-hq", null));
  }

  private Person person(String username) {
    return directory.personByUsername(username).orElseThrow();
  }

  private Department department(String name) {
    return directory.departments().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void createsPeopleAndDepartmentsAndLinksThemByExternalId() {
    SyncResult result = sync.apply("hr", org().build(), null);

    assertThat(result.peopleCreated()).isEqualTo(3);
    assertThat(result.departmentsCreated()).isEqualTo(3);
    assertThat(result.peopleUpdated()).isZero();
    assertThat(result.departmentsUpdated()).isZero();
    assertThat(result.warnings()).isEmpty();
    Department hq = department("总部");
    Department rd = department("研发部");
    assertThat(hq.parentId()).isNull();
    assertThat(rd.parentId()).isEqualTo(hq.id());
    assertThat(department("销售部").parentId()).isEqualTo(hq.id());
    assertThat(hq.headId()).isEqualTo(person("wangzong").id());
    assertThat(rd.headId()).isEqualTo(person("lilei").id());
    Person han = person("hanmeimei");
    assertThat(han.displayName()).isEqualTo("韩梅梅");
    assertThat(han.departmentId()).isEqualTo(rd.id());
    assertThat(han.position()).isEqualTo("工程师");
    assertThat(han.email()).isEqualTo("hanmeimei@example.com");
    assertThat(han.status()).isEqualTo(UserStatus.ACTIVE);
    assertThat(directory.managerChain(han.id(), 5)).extracting(Person::username).containsExactly("lilei",
        "wangzong");
    assertThat(store.user(han.id()).orElseThrow().hasPassword()).isFalse();
    assertThat(store.user(han.id()).orElseThrow().externalSource()).isEqualTo("hr");
  }

  @Test
  void aSecondRunOfTheSameSnapshotChangesNothing() {
    sync.apply("hr", org().build(), Map.of("u-han", Set.of("admin")));
    long generation = changes.current();
    List<UserRecord> before = store.users(UserQuery.all(100), null);

    SyncResult again = sync.apply("hr", org().build(), Map.of("u-han", Set.of("admin")));

    assertThat(again).isEqualTo(SyncResult.NOTHING);
    assertThat(again.changedAnything()).isFalse();
    assertThat(store.users(UserQuery.all(100), null)).isEqualTo(before);
    assertThat(new ChangeCounter(database.jdbc(), Clock.systemUTC()).current()).as("no needless cache flush")
        .isEqualTo(generation);
  }

  @Test
  void updatesChangedPeopleMovesThemAndMarksMissingOnesAsLeft() {
    sync.apply("hr", org().build(), null);
    long hanId = person("hanmeimei").id();
    long hqId = department("总部").id();

    SyncResult result = sync.apply("hr", DirectorySnapshot.builder()
        .department(new Unit("d-hq", "集团总部", null, "u-wang"))
        .department(new Unit("d-sales", "销售部", "d-hq", "u-han"))
        .department(new Unit("d-rd", "研发中心", "d-sales", null))
        .person(new Member("u-han", "hanmeimei", "韩梅梅", "han@example.com", null, "d-sales", "销售经理", "u-wang",
            true))
        .person(member("u-wang", "wangzong", "王总", "d-hq", null))
        .build(), null);

    assertThat(result.peopleCreated()).isZero();
    assertThat(result.peopleUpdated()).isEqualTo(1);
    assertThat(result.peopleLeft()).isEqualTo(1);
    assertThat(result.departmentsUpdated()).isEqualTo(3);
    Person han = person("hanmeimei");
    assertThat(han.id()).isEqualTo(hanId);
    assertThat(han.departmentId()).isEqualTo(department("销售部").id());
    assertThat(han.position()).isEqualTo("销售经理");
    assertThat(han.email()).isEqualTo("han@example.com");
    assertThat(han.mobile()).isNull();
    assertThat(han.managerId()).isEqualTo(person("wangzong").id());
    assertThat(person("lilei").status()).isEqualTo(UserStatus.LEFT);
    assertThat(department("集团总部").id()).as("renamed, not replaced").isEqualTo(hqId);
    assertThat(department("研发中心").parentId()).isEqualTo(department("销售部").id());
    assertThat(department("研发中心").headId()).isNull();
    assertThat(department("销售部").headId()).isEqualTo(hanId);
  }

  @Test
  void aPersonWhoComesBackIsActiveAgainAndDisabledEntriesAreDisabled() {
    List<Long> deactivated = new java.util.ArrayList<>();
    sync.onDeactivated(deactivated::add);
    sync.apply("hr", org().build(), null);
    sync.apply("hr", DirectorySnapshot.builder().person(member("u-wang", "wangzong", "王总", null, null)).build(),
        null);
    assertThat(person("lilei").status()).isEqualTo(UserStatus.LEFT);
    assertThat(deactivated).as("told after the commit, to end sessions").containsExactlyInAnyOrder(
        person("lilei").id(), person("hanmeimei").id());

    SyncResult result = sync.apply("hr", DirectorySnapshot.builder()
        .person(member("u-wang", "wangzong", "王总", null, null))
        .person(member("u-li", "lilei", "李雷", null, null))
        .person(new Member("u-han", "hanmeimei", "韩梅梅", null, null, null, null, null, false))
        .build(), null);

    assertThat(result.peopleUpdated()).isEqualTo(2);
    assertThat(person("lilei").status()).isEqualTo(UserStatus.ACTIVE);
    assertThat(person("hanmeimei").status()).isEqualTo(UserStatus.DISABLED);
    assertThat(deactivated).as("han was left already, not active").hasSize(2);
  }

  @Test
  void emptyDepartmentsTheDirectoryDroppedAreRemovedOthersKept() {
    sync.apply("hr", org().department(new Unit("d-empty", "空部门", "d-sales", null)).build(), null);
    store.insertUser(new UserInput("local", "本地用户", null, null, department("销售部").id(), null, null, null, null,
        null), null, null, null, Instant.now());

    SyncResult result = sync.apply("hr", DirectorySnapshot.builder()
        .department(new Unit("d-hq", "总部", null, null))
        .department(new Unit("d-rd", "研发部", "d-hq", null))
        .person(member("u-han", "hanmeimei", "韩梅梅", "d-rd", null))
        .person(member("u-li", "lilei", "李雷", "d-rd", null))
        .person(member("u-wang", "wangzong", "王总", "d-gone", null))
        .build(), null);

    assertThat(result.departmentsRemoved()).as("空部门 was empty").isEqualTo(1);
    assertThat(directory.departments()).extracting(Department::name).containsExactlyInAnyOrder("总部", "研发部",
        "销售部");
    assertThat(result.warnings()).extracting(Message::key).containsExactlyInAnyOrder(
        "directory.warn.department.kept", "directory.warn.department.unknown");
    assertThat(result.warnings().stream().filter(w -> w.key().equals("directory.warn.department.kept")).findFirst()
        .orElseThrow().in(Locale.ROOT)).contains("销售部");
    assertThat(person("wangzong").departmentId()).isNull();
  }

  @Test
  void aFailureInTheMiddleLeavesNothingChanged() throws Exception {
    sync.apply("hr", org().build(), Map.of("u-li", Set.of("admin")));
    List<UserRecord> people = store.users(UserQuery.all(100), null);
    List<DepartmentRecord> departments = store.departments();
    Map<Long, Set<Long>> grants = store.managedGrants("hr");
    // the last statement of a sync bumps the change counter; without its table the sync fails after all its writes
    database.jdbc().update("ALTER TABLE atrium_policy_generation RENAME TO atrium_policy_generation_away");
    try {
      assertThatThrownBy(() -> sync.apply("hr", DirectorySnapshot.builder()
          .department(new Unit("d-new", "新部门", null, null))
          .person(member("u-new", "newbie", "新人", "d-new", "u-han"))
          .person(new Member("u-han", "hanmeimei", "韩梅梅（改名）", null, null, "d-new", null, null, true))
          .build(), Map.of("u-han", Set.of("admin")))).hasMessageContaining("policy_generation");
    } finally {
      database.jdbc().update("ALTER TABLE atrium_policy_generation_away RENAME TO atrium_policy_generation");
    }

    assertThat(store.users(UserQuery.all(100), null)).isEqualTo(people);
    assertThat(store.departments()).containsExactlyInAnyOrderElementsOf(departments);
    assertThat(store.managedGrants("hr")).isEqualTo(grants);
  }

  @Test
  void anInconsistentSnapshotIsRefusedBeforeAnythingIsWritten() {
    assertThatThrownBy(() -> sync.apply("hr", DirectorySnapshot.builder()
        .person(member("u-1", "zhang", "张三", null, null))
        .person(member("u-1", "li", "李四", null, null)).build(), null))
        .isInstanceOf(InvalidSnapshotException.class).hasMessageContaining("u-1");
    assertThatThrownBy(() -> sync.apply("hr", DirectorySnapshot.builder()
        .person(member("u-1", "zhang", "张三", null, null))
        .person(member("u-2", "ZHANG", "张三丰", null, null)).build(), null))
        .isInstanceOf(InvalidSnapshotException.class).hasMessageContaining("ZHANG");
    assertThatThrownBy(() -> sync.apply("hr", DirectorySnapshot.builder()
        .department(new Unit("a", "A", "b", null))
        .department(new Unit("b", "B", "a", null))
        .person(member("u-1", "zhang", "张三", "a", null)).build(), null))
        .isInstanceOf(InvalidSnapshotException.class).satisfies(e -> assertThat(((InvalidSnapshotException) e)
            .text().in(Locale.SIMPLIFIED_CHINESE)).contains("循环"));

    assertThat(store.users(UserQuery.all(10), null)).isEmpty();
    assertThat(store.departments()).isEmpty();
  }

  @Test
  void entriesThatCannotBeTakenOverAreSkippedWithAWarning() {
    long local = accounts.createAccount("lilei", "Local Li", Passwords.hash("local-Secret-1"), Instant.now());

    SyncResult result = sync.apply("hr", DirectorySnapshot.builder()
        .person(member("u-li", "lilei", "李雷", null, null))
        .person(member("u-bad", "李 雷", "Bad name", null, null))
        .person(new Member("u-ok", "ok.user", "OK", "not-an-email", "+86 138-0013-8000", null, null, "u-li", true))
        .build(), null);

    assertThat(result.peopleCreated()).isEqualTo(1);
    assertThat(result.peopleSkipped()).isEqualTo(2);
    assertThat(result.warnings()).extracting(Message::key).contains("directory.warn.username.taken",
        "directory.warn.username.invalid", "directory.warn.email.invalid", "directory.warn.manager.unknown");
    assertThat(store.user(local).orElseThrow().displayName()).as("the local account is untouched")
        .isEqualTo("Local Li");
    Person ok = person("ok.user");
    assertThat(ok.email()).isNull();
    assertThat(ok.mobile()).isEqualTo("+8613800138000");
  }

  @Test
  void aManagerLoopInTheDirectoryIsCut() {
    SyncResult result = sync.apply("hr", DirectorySnapshot.builder()
        .person(member("a", "aaa", "A", null, "b"))
        .person(member("b", "bbb", "B", null, "a"))
        .build(), null);

    assertThat(result.warnings()).extracting(Message::key).containsExactly("directory.warn.manager.cycle");
    assertThat(person("aaa").managerId()).isNull();
    assertThat(person("bbb").managerId()).isEqualTo(person("aaa").id());
  }

  @Test
  void theSyncManagesOnlyItsOwnRoleGrants() {
    long viewer = accounts.ensureRole("viewer", "Reads", List.of("atrium:users:view"));
    long auditor = accounts.ensureRole("auditor", "Audits", List.of("atrium:audit:view"));
    sync.apply("hr", org().build(), Map.of("u-han", Set.of("viewer", "auditor"), "u-li", Set.of("viewer")));
    long han = person("hanmeimei").id();
    long li = person("lilei").id();
    assertThat(roles.directRoleIds(han)).containsExactlyInAnyOrder(viewer, auditor);
    // an administrator grants auditor to Li and, through the normal role editor, keeps Han's
    roles.setUserRoles(li, List.of(auditor));
    assertThat(roles.directRoleIds(li)).containsExactlyInAnyOrder(viewer, auditor);

    SyncResult result = sync.apply("hr", org().build(), Map.of("u-han", Set.of("viewer"), "u-li", Set.of(),
        "u-wang", Set.of("no-such-role")));

    assertThat(roles.directRoleIds(han)).containsExactly(viewer);
    assertThat(roles.directRoleIds(li)).as("the administrator's grant stays").containsExactly(auditor);
    assertThat(result.peopleUpdated()).isEqualTo(2);
    assertThat(result.warnings()).extracting(Message::key).containsExactly("directory.warn.role.unknown");

    sync.apply("hr", DirectorySnapshot.builder().person(member("u-li", "lilei", "李雷", null, null)).build(),
        Map.of("u-li", Set.of("viewer")));
    assertThat(roles.directRoleIds(han)).as("people who left lose the directory's grants").isEmpty();
    assertThat(roles.directRoleIds(li)).containsExactlyInAnyOrder(viewer, auditor);
  }

  @Test
  void sourcesAreSeparate() {
    sync.apply("hr", org().build(), null);

    SyncResult other = sync.apply("crm", DirectorySnapshot.builder()
        .department(new Unit("d-hq", "客户部", null, null))
        .person(member("u-han", "hanmeimei", "韩梅梅", "d-hq", null)).build(), null);

    assertThat(other.peopleSkipped()).as("the login name belongs to the hr source").isEqualTo(1);
    assertThat(other.departmentsCreated()).isEqualTo(1);
    assertThat(sync.apply("hr", org().build(), null)).isEqualTo(SyncResult.NOTHING);
  }

  @Test
  void aSignInCreatesOrUpdatesOnePersonWithoutTouchingOthers() {
    sync.apply("hr", org().build(), null);

    UserRecord created = sync.applyPerson("hr", member("u-new", "newbie", "新同事", "d-rd", "u-li"), Set.of("admin"));
    UserRecord updated = sync.applyPerson("hr", member("u-han", "hanmeimei", "韩梅梅", "d-sales", "u-wang"), null);

    assertThat(created.managerId()).isEqualTo(person("lilei").id());
    assertThat(created.departmentId()).isEqualTo(department("研发部").id());
    assertThat(accounts.roles(created.id())).containsExactly("admin");
    assertThat(updated.departmentId()).isEqualTo(department("销售部").id());
    assertThat(person("wangzong").status()).isEqualTo(UserStatus.ACTIVE);
    assertThatThrownBy(() -> sync.applyPerson("crm", member("x", "lilei", "Other Li", null, null), null))
        .isInstanceOf(InvalidSnapshotException.class).hasMessageContaining("lilei");
  }
}
