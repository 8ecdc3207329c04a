package io.atrium.kernel.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.kernel.audit.AuditEvent;
import io.atrium.kernel.testing.KernelDatabase;
import io.atrium.kernel.validation.ConflictException;
import io.atrium.kernel.validation.FieldProblem;
import io.atrium.kernel.validation.InvalidInputException;
import io.atrium.sdk.identity.Person;
import io.atrium.sdk.identity.UserStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OrgAdminTest {

  private final KernelDatabase database = new KernelDatabase();
  private final IdentityStore store = new IdentityStore(database.jdbc());
  private final ChangeCounter changes = new ChangeCounter(database.jdbc(), Clock.systemUTC());
  private final DirectoryService directory = new DirectoryService(store, changes);
  private final List<AuditEvent> audited = new ArrayList<>();
  private final OrgAdmin admin = new OrgAdmin(store, changes, KernelDatabase.direct(), audited::add,
      Clock.systemUTC());

  @AfterEach
  void close() throws Exception {
    database.close();
  }

  private static UserInput user(String username, String displayName) {
    return new UserInput(username, displayName, null, null, null, null, null, null, null, null);
  }

  @Test
  void createsAUserAndAuditsIt() {
    UserRecord alice = admin.createUser(new UserInput("alice", "王丽", "alice@example.com", "13800138000", null,
        "经理", null, null, "zh-CN", "correct-Horse-9"));

    assertThat(alice.status()).isEqualTo(UserStatus.ACTIVE);
    assertThat(alice.hasPassword()).isTrue();
    assertThat(directory.personByUsername("alice")).map(Person::displayName).hasValue("王丽");
    assertThat(audited).singleElement().satisfies(e -> {
      assertThat(e.action()).isEqualTo("user.create");
      assertThat(e.after().toString()).contains("alice").doesNotContain("correct-Horse-9");
    });
  }

  @Test
  void reportsEveryProblemOfAnInputWithItsField() {
    admin.createUser(user("alice", "Alice"));

    assertThatThrownBy(() -> admin.createUser(new UserInput("alice", " ", "not-mail", "12345", 99L, null, 77L, null,
        "fr", "short"))).isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.problems()).extracting(FieldProblem::field).contains("username", "displayName", "email",
              "mobile", "departmentId", "managerId", "locale", "password");
          assertThat(e.problems().get(0).message().in(Locale.SIMPLIFIED_CHINESE)).contains("alice");
        });
    assertThat(store.countUsers(UserQuery.all(10), null)).isEqualTo(1);
  }

  @Test
  void refusesAManagerLoop() {
    UserRecord a = admin.createUser(user("a1", "A"));
    UserRecord b = admin.createUser(new UserInput("b1", "B", null, null, null, null, a.id(), null, null, null));

    assertThatThrownBy(() -> admin.updateUser(a.id(), null, new UserInput(null, null, null, null, null, null, b.id(),
        null, null, null))).isInstanceOf(InvalidInputException.class).hasMessageContaining("managerId");
    assertThat(directory.managerChain(b.id(), 5)).extracting(Person::id).containsExactly(a.id());
  }

  @Test
  void aStaleVersionIsAConflictAndChangesNothing() {
    UserRecord a = admin.createUser(user("a1", "A"));
    admin.updateUser(a.id(), a.version(), user(null, "A2"));

    assertThatThrownBy(() -> admin.updateUser(a.id(), a.version(), user(null, "A3")))
        .isInstanceOf(ConflictException.class);
    assertThat(store.user(a.id()).orElseThrow().displayName()).isEqualTo("A2");
  }

  @Test
  void leavingCallsTheDeactivationListeners() {
    UserRecord a = admin.createUser(user("a1", "A"));
    List<Long> deactivated = new ArrayList<>();
    admin.onDeactivated(deactivated::add);

    admin.markLeft(a.id());

    assertThat(deactivated).containsExactly(a.id());
    assertThat(store.user(a.id()).orElseThrow().status()).isEqualTo(UserStatus.LEFT);
  }

  @Test
  void departmentsFormATreeWithoutCyclesAndAreDeletedOnlyWhenEmpty() {
    DepartmentRecord hq = admin.createDepartment("总部", null, null, null);
    DepartmentRecord marketing = admin.createDepartment("市场部", hq.id(), null, null);
    DepartmentRecord media = admin.createDepartment("新媒体组", marketing.id(), null, null);
    UserRecord head = admin.createUser(new UserInput("head", "Head", null, null, marketing.id(), null, null, null, null,
        null));
    admin.updateDepartment(marketing.id(), null, null, null, head.id(), null);

    assertThatThrownBy(() -> admin.createDepartment("市场部", hq.id(), null, null))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> admin.updateDepartment(marketing.id(), null, null, media.id(), null, null))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("parentId");
    assertThatThrownBy(() -> admin.deleteDepartment(marketing.id())).isInstanceOf(ConflictException.class);
    assertThat(directory.headOf(media.id(), 1)).map(Person::username).hasValue("head");
    assertThat(directory.members(hq.id(), true)).extracting(Person::username).containsExactly("head");
    assertThat(directory.members(hq.id(), false)).isEmpty();

    admin.deleteDepartment(media.id());
    assertThat(directory.subDepartments(hq.id(), true)).extracting(d -> d.name()).containsExactly("市场部");
  }

  @Test
  void groupsHaveUniqueNamesAndKnownMembers() {
    UserRecord a = admin.createUser(user("a1", "A"));
    GroupRecord group = admin.createGroup("法务", "legal reviewers", List.of(a.id()));

    assertThat(directory.inGroup("法务")).extracting(Person::id).containsExactly(a.id());
    assertThatThrownBy(() -> admin.createGroup("法务", null, List.of())).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> admin.updateGroup(group.id(), null, null, List.of(999L)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void peopleNamedFindsEveryoneWithExactlyThatDisplayNameWhateverTheirStatus() {
    UserRecord lilei = admin.createUser(user("lilei", "李雷"));
    admin.createUser(user("li", "李"));
    admin.createUser(user("lileiwang", "李雷王"));
    UserRecord other = admin.createUser(user("lilei2", "李雷"));
    admin.markLeft(other.id());

    assertThat(directory.peopleNamed(" 李雷 ")).extracting(Person::id).containsExactly(lilei.id(), other.id());
    assertThat(directory.peopleNamed("李雷")).extracting(Person::status)
        .containsExactly(UserStatus.ACTIVE, UserStatus.LEFT);
    assertThat(directory.peopleNamed("lilei")).isEmpty();
    assertThat(directory.peopleNamed("李%")).isEmpty();
    assertThat(directory.peopleNamed("  ")).isEmpty();
    assertThat(directory.peopleNamed(null)).isEmpty();
  }

  @Test
  void searchEscapesLikeWildcards() {
    admin.createUser(user("a_1", "A"));
    admin.createUser(user("ab1", "B"));

    assertThat(store.users(new UserQuery("a_", null, false, null, 0, 10), null)).extracting(UserRecord::username)
        .containsExactly("a_1");
  }
}
