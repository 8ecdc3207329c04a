package io.atrium.kernel.identity.ldap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.kernel.audit.AuditEvent;
import io.atrium.kernel.i18n.Message;
import io.atrium.kernel.identity.ChangeCounter;
import io.atrium.kernel.identity.DirectoryService;
import io.atrium.kernel.identity.DirectorySourceStore;
import io.atrium.kernel.identity.DirectorySources;
import io.atrium.kernel.identity.DirectorySync;
import io.atrium.kernel.identity.IdentityStore;
import io.atrium.kernel.identity.SyncRun;
import io.atrium.kernel.identity.SyncSource;
import io.atrium.kernel.identity.UserRecord;
import io.atrium.kernel.security.AccountStore;
import io.atrium.kernel.security.Passwords;
import io.atrium.kernel.security.SecretBox;
import io.atrium.kernel.testing.KernelDatabase;
import io.atrium.kernel.validation.FieldProblem;
import io.atrium.kernel.validation.InvalidInputException;
import io.atrium.sdk.identity.Department;
import io.atrium.sdk.identity.DirectorySnapshot.Member;
import io.atrium.sdk.identity.DirectorySnapshot.Unit;
import io.atrium.sdk.identity.Person;
import io.atrium.sdk.identity.UserStatus;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LdapDirectoryTest {

  private static final List<LdapSettings.GroupRole> MAPPING = List.of(
      new LdapSettings.GroupRole("cn=oa-admins," + TestLdapServer.GROUPS, List.of("oa-admin")),
      new LdapSettings.GroupRole("developers", List.of("staff", "developer")));

  @TempDir
  Path data;

  private final KernelDatabase database = new KernelDatabase();
  private final IdentityStore identities = new IdentityStore(database.jdbc());
  private final AccountStore accounts = new AccountStore(database.jdbc());
  private final ChangeCounter changes = new ChangeCounter(database.jdbc(), Clock.systemUTC());
  private final DirectoryService directory = new DirectoryService(identities, changes);
  private final DirectorySourceStore sourceStore = new DirectorySourceStore(database.jdbc());
  private final DirectorySync sync = new DirectorySync(identities, changes, database.transactions(),
      Clock.systemUTC());
  private final List<AuditEvent> audited = new ArrayList<>();
  private LdapConfig config;
  private LdapAdmin admin;
  private LdapDirectory ldap;
  private LdapSignIn signIn;
  private TestLdapServer server;

  @BeforeEach
  void setUp() throws Exception {
    config = new LdapConfig(sourceStore, () -> SecretBox.forDataDir(data), Clock.systemUTC());
    admin = new LdapAdmin(config, identities, audited::add, TestLdapServer.Trusting.class);
    ldap = new LdapDirectory(config, TestLdapServer.Trusting.class);
    signIn = new LdapSignIn(config, identities, sync, TestLdapServer.Trusting.class);
    for (String role : List.of("oa-admin", "staff", "developer")) {
      accounts.ensureRole(role, role, List.of("atrium:users:view"));
    }
  }

  @AfterEach
  void tearDown() throws Exception {
    if (server != null) {
      server.close();
    }
    database.close();
  }

  private void configure(TestLdapServer.Mode mode) throws Exception {
    server = new TestLdapServer(mode);
    admin.save(server.settings(MAPPING), TestLdapServer.SERVICE_PASSWORD);
  }

  private Person person(String username) {
    return directory.personByUsername(username).orElseThrow();
  }

  @Test
  void readsPeopleUnitsManagersAndRoles() throws Exception {
    configure(TestLdapServer.Mode.PLAIN);

    SyncSource.Reading reading = ldap.read();

    assertThat(reading.snapshot().departments()).extracting(Unit::name).containsExactlyInAnyOrder("总部", "研发部",
        "销售部");
    Unit hq = unit(reading, "总部");
    assertThat(hq.parentExternalId()).as("the base DN is not a department").isNull();
    assertThat(unit(reading, "研发部").parentExternalId()).isEqualTo(hq.externalId());
    assertThat(hq.externalId()).as("entryUUID").matches("[0-9a-f-]{36}");
    Member han = reading.snapshot().people().stream().filter(m -> m.username().equals("hanmeimei")).findFirst()
        .orElseThrow();
    Member li = reading.snapshot().people().stream().filter(m -> m.username().equals("lilei")).findFirst()
        .orElseThrow();
    assertThat(han.displayName()).isEqualTo("韩梅梅");
    assertThat(han.email()).isEqualTo("hanmeimei@example.com");
    assertThat(han.mobile()).isEqualTo("13800138001");
    assertThat(han.position()).isEqualTo("工程师");
    assertThat(han.departmentExternalId()).isEqualTo(unit(reading, "研发部").externalId());
    assertThat(han.managerExternalId()).isEqualTo(li.externalId());
    assertThat(han.active()).isTrue();
    assertThat(reading.roles().get(han.externalId())).containsExactlyInAnyOrder("staff", "developer");
    Member wang = reading.snapshot().people().stream().filter(m -> m.username().equals("wangzong")).findFirst()
        .orElseThrow();
    assertThat(reading.roles().get(wang.externalId())).containsExactly("oa-admin");
  }

  private static Unit unit(SyncSource.Reading reading, String name) {
    return reading.snapshot().departments().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void aSyncBuildsTheOrgChartWithTheMappedRoles() throws Exception {
    configure(TestLdapServer.Mode.PLAIN);
    DirectorySources sources = new DirectorySources(sourceStore, sync, () -> List.of(ldap), database.transactions(),
        Clock.systemUTC());

    SyncRun run = sources.syncNow("ldap");

    assertThat(run.succeeded()).as(String.valueOf(run.error())).isTrue();
    assertThat(run.result().peopleCreated()).isEqualTo(4);
    assertThat(run.result().departmentsCreated()).isEqualTo(3);
    assertThat(run.result().warnings()).isEmpty();
    Person han = person("hanmeimei");
    assertThat(directory.department(han.departmentId()).map(Department::name)).hasValue("研发部");
    assertThat(directory.managerChain(han.id(), 5)).extracting(Person::displayName).containsExactly("李雷", "王总");
    assertThat(accounts.roles(han.id())).containsExactlyInAnyOrder("staff", "developer");
    assertThat(accounts.roles(person("wangzong").id())).containsExactly("oa-admin");
    assertThat(identities.user(han.id()).orElseThrow().hasPassword()).isFalse();

    // 韩梅梅 moves to sales and leaves the developers; 赵四 is deleted
    server.server().modifyDN("uid=hanmeimei," + TestLdapServer.RD, "uid=hanmeimei", true, TestLdapServer.SALES);
    server.modify("cn=developers," + TestLdapServer.GROUPS, "member", "uid=lilei," + TestLdapServer.RD);
    server.server().delete("uid=zhaosi," + TestLdapServer.SALES);

    SyncRun second = sources.syncNow("ldap");

    assertThat(second.result().peopleUpdated()).isEqualTo(1);
    assertThat(second.result().peopleLeft()).isEqualTo(1);
    assertThat(person("hanmeimei").id()).as("matched by entryUUID, not DN").isEqualTo(han.id());
    assertThat(directory.department(person("hanmeimei").departmentId()).map(Department::name)).hasValue("销售部");
    assertThat(accounts.roles(han.id())).isEmpty();
    assertThat(person("zhaosi").status()).isEqualTo(UserStatus.LEFT);
    assertThat(sources.syncNow("ldap").result().changedAnything()).as("idempotent").isFalse();
  }

  @Test
  void bigDirectoriesAreReadPageByPage() throws Exception {
    server = new TestLdapServer(TestLdapServer.Mode.PLAIN, 10);
    for (int i = 0; i < 30; i++) {
      server.person(TestLdapServer.SALES, "sales" + i, "销售员" + i, "销售", null, null);
    }
    LdapSettings paged = withPageSize(server.settings(MAPPING), 7);
    admin.save(paged, TestLdapServer.SERVICE_PASSWORD);

    assertThat(ldap.read().snapshot().people()).hasSize(34);
    LdapAdmin.TestResult unpagedLimit = admin.test(withPageSize(paged, 50), null);
    assertThat(unpagedLimit.ok()).isFalse();
    assertThat(unpagedLimit.message().key()).isEqualTo("ldap.sizelimit");
  }

  private static LdapSettings withPageSize(LdapSettings s, int pageSize) {
    return new LdapSettings(s.enabled(), s.syncIntervalMinutes(), s.url(), s.startTls(), s.bindDn(), s.baseDn(),
        s.userFilter(), s.usernameAttribute(), s.externalIdAttribute(), s.displayNameAttribute(), s.emailAttribute(),
        s.mobileAttribute(), s.titleAttribute(), s.managerAttribute(), s.departmentAttribute(),
        s.memberOfAttribute(), s.groupBaseDn(), s.groupFilter(), s.groupMemberAttribute(), pageSize,
        s.connectTimeoutSeconds(), s.readTimeoutSeconds(), s.groupRoles());
  }

  @Test
  void signInBindsAsThePersonAndCreatesTheirAccount() throws Exception {
    configure(TestLdapServer.Mode.PLAIN);
    new DirectorySources(sourceStore, sync, () -> List.of(ldap), database.transactions(), Clock.systemUTC())
        .syncNow("ldap");
    server.person(TestLdapServer.RD, "newbie", "新同事", "实习生", "uid=hanmeimei," + TestLdapServer.RD, null);
    server.modify("cn=developers," + TestLdapServer.GROUPS, "member", "uid=newbie," + TestLdapServer.RD);

    Optional<UserRecord> user = signIn.authenticate("newbie", TestLdapServer.PASSWORD);

    assertThat(user).hasValueSatisfying(u -> {
      assertThat(u.displayName()).isEqualTo("新同事");
      assertThat(u.externalSource()).isEqualTo("ldap");
      assertThat(u.hasPassword()).as("the LDAP password is never stored").isFalse();
      assertThat(u.managerId()).isEqualTo(person("hanmeimei").id());
      assertThat(directory.department(u.departmentId()).map(Department::name)).hasValue("研发部");
      assertThat(accounts.roles(u.id())).containsExactlyInAnyOrder("staff", "developer");
    });
    assertThat(signIn.authenticate("NEWBIE", TestLdapServer.PASSWORD)).as("names match like LDAP does")
        .map(UserRecord::username).hasValue("newbie");
    assertThatThrownBy(() -> signIn.authenticate("newbie", "wrong")).isInstanceOfSatisfying(LdapException.class,
        e -> assertThat(e.kind()).isEqualTo(LdapException.Kind.CREDENTIALS));
    assertThatThrownBy(() -> signIn.authenticate("newbie", "")).isInstanceOfSatisfying(LdapException.class,
        e -> assertThat(e.kind()).isEqualTo(LdapException.Kind.CREDENTIALS));
    assertThat(signIn.authenticate("nobody", "x")).isEmpty();
    assertThat(signIn.authenticate("*", TestLdapServer.PASSWORD)).as("filter input is escaped").isEmpty();

    // the directory takes a group away: the next sign-in drops the roles it granted
    server.modify("cn=developers," + TestLdapServer.GROUPS, "member", "uid=lilei," + TestLdapServer.RD);
    assertThat(accounts.roles(signIn.authenticate("newbie", TestLdapServer.PASSWORD).orElseThrow().id())).isEmpty();
  }

  @Test
  void localAccountsNeverSignInThroughLdap() throws Exception {
    configure(TestLdapServer.Mode.PLAIN);
    server.person(TestLdapServer.HQ, "admin", "LDAP Admin", "x", null, null);
    accounts.createAccount("admin", "Administrator", Passwords.hash("local-Secret-1"), Instant.now());

    assertThat(signIn.authenticate("admin", TestLdapServer.PASSWORD)).isEmpty();
    assertThat(accounts.findByUsername("admin").orElseThrow().displayName()).isEqualTo("Administrator");
  }

  @Test
  void aStoppedServerIsReportedAsUnreachable() throws Exception {
    configure(TestLdapServer.Mode.PLAIN);
    String url = server.url();
    server.stop();

    assertThatThrownBy(() -> signIn.authenticate("lilei", TestLdapServer.PASSWORD))
        .isInstanceOfSatisfying(LdapException.class, e -> {
          assertThat(e.kind()).isEqualTo(LdapException.Kind.UNREACHABLE);
          assertThat(e.text().key()).isEqualTo("ldap.unreachable");
          assertThat(e.text().in(Locale.SIMPLIFIED_CHINESE)).contains("无法连接 LDAP 服务器");
        });
    LdapAdmin.TestResult test = admin.test(null, null);
    assertThat(test.ok()).isFalse();
    assertThat(test.message().in(Locale.ROOT)).contains(url).contains("cannot be reached");
  }

  @Test
  void aServerThatDoesNotAnswerTimesOut() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress())) {
      LdapSettings d = LdapSettings.defaults();
      LdapSettings settings = new LdapSettings(true, 60, "ldap://127.0.0.1:" + silent.getLocalPort(), false,
          "cn=x,dc=example,dc=com", "dc=example,dc=com", d.userFilter(), "uid", "entryUUID", "displayName", "mail",
          "mobile", "title", "manager", "", "memberOf", "", d.groupFilter(), "member", 100, 2, 1, List.of());
      long start = System.nanoTime();

      LdapAdmin.TestResult result = admin.test(settings, "secret");

      assertThat(result.ok()).isFalse();
      assertThat(result.message().key()).isEqualTo("ldap.timeout");
      assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(20_000);
    }
  }

  @Test
  void theConnectionTestCountsOrSaysWhatIsWrong() throws Exception {
    configure(TestLdapServer.Mode.PLAIN);
    LdapSettings good = server.settings(MAPPING);

    LdapAdmin.TestResult ok = admin.test(good, null);
    assertThat(ok.ok()).isTrue();
    assertThat(ok.people()).isEqualTo(4);
    assertThat(ok.departments()).isEqualTo(3);
    assertThat(ok.groups()).isEqualTo(2);
    assertThat(ok.message().in(Locale.SIMPLIFIED_CHINESE)).contains("4 名人员");

    assertThat(admin.test(good, "wrong-password").message().key()).isEqualTo("ldap.bind.refused");
    LdapSettings missingBase = new LdapSettings(true, 60, good.url(), false, good.bindDn(), "ou=nope,dc=example,dc=com",
        good.userFilter(), "uid", "entryUUID", "displayName", "mail", "mobile", "title", "manager", "", "", "",
        good.groupFilter(), "member", 100, 5, 5, List.of());
    assertThat(admin.test(missingBase, null).message().key()).isEqualTo("ldap.base.missing");
    assertThat(admin.test(missingBase, null).message().in(Locale.ROOT)).contains("ou=nope");
  }

  @Test
  void startTlsAndLdapsProtectTheConnection() throws Exception {
    configure(TestLdapServer.Mode.START_TLS);
    assertThat(admin.test(null, null).ok()).as(admin.test(null, null).message().toString()).isTrue();
    assertThat(signIn.authenticate("lilei", TestLdapServer.PASSWORD)).isPresent();
    server.close();

    server = new TestLdapServer(TestLdapServer.Mode.LDAPS);
    LdapSettings ldaps = server.settings(MAPPING);
    assertThat(ldaps.url()).startsWith("ldaps://");
    assertThat(admin.test(ldaps, TestLdapServer.SERVICE_PASSWORD).ok()).isTrue();

    // without the test's trust the JVM does not trust the self-signed certificate
    LdapAdmin untrusting = new LdapAdmin(config, identities, audited::add, null);
    LdapAdmin.TestResult refused = untrusting.test(ldaps, TestLdapServer.SERVICE_PASSWORD);
    assertThat(refused.ok()).isFalse();
    assertThat(refused.message().key()).isEqualTo("ldap.tls.failed");
  }

  @Test
  void activeDirectoryStyleAttributesWork() throws Exception {
    com.unboundid.ldap.listener.InMemoryDirectoryServerConfig adConfig =
        new com.unboundid.ldap.listener.InMemoryDirectoryServerConfig("dc=corp,dc=example");
    adConfig.setSchema(null);
    adConfig.setListenerConfigs(com.unboundid.ldap.listener.InMemoryListenerConfig.createLDAPConfig("ldap",
        java.net.InetAddress.getLoopbackAddress(), 0, null));
    adConfig.addAdditionalBindCredentials("CN=svc,CN=Users,DC=corp,DC=example", "svc-Secret-1");
    var ad = new com.unboundid.ldap.listener.InMemoryDirectoryServer(adConfig);
    try {
      ad.add("dn: dc=corp,dc=example", "objectClass: domain", "dc: corp");
      ad.add("dn: CN=Users,DC=corp,DC=example", "objectClass: container", "cn: Users");
      ad.add("dn: CN=Zhang San,CN=Users,DC=corp,DC=example", "objectClass: user", "sAMAccountName: zhangsan",
          "userPrincipalName: zhangsan@corp.example", "displayName: 张三", "department: 财务部",
          "objectGUID:: EjRWeJCrze8SNFZ4kKvN7w==", "userAccountControl: 512", "userPassword: pw-Secret-1",
          "memberOf: CN=OA Admins,CN=Users,DC=corp,DC=example");
      ad.add("dn: CN=Li Si,CN=Users,DC=corp,DC=example", "objectClass: user", "sAMAccountName: lisi",
          "displayName: 李四", "department: 财务部", "userAccountControl: 514",
          "manager: CN=Zhang San,CN=Users,DC=corp,DC=example");
      ad.startListening();
      LdapSettings d = LdapSettings.defaults();
      LdapSettings settings = new LdapSettings(true, 60, "ldap://127.0.0.1:" + ad.getListenPort(), false,
          "CN=svc,CN=Users,DC=corp,DC=example", "DC=corp,DC=example", "(objectClass=user)", "sAMAccountName",
          "objectGUID", "displayName", "mail", "mobile", "title", "manager", "department", "memberOf", "",
          d.groupFilter(), "member", 100, 5, 5, List.of(new LdapSettings.GroupRole("OA Admins", List.of("oa-admin"))));
      admin.save(settings, "svc-Secret-1");

      SyncSource.Reading reading = ldap.read();

      assertThat(reading.snapshot().departments()).singleElement().extracting(Unit::name).isEqualTo("财务部");
      Member zhang = reading.snapshot().people().stream().filter(m -> m.username().equals("zhangsan")).findFirst()
          .orElseThrow();
      Member li = reading.snapshot().people().stream().filter(m -> m.username().equals("lisi")).findFirst()
          .orElseThrow();
      assertThat(zhang.externalId()).as("objectGUID as hex").isEqualTo("1234567890abcdef1234567890abcdef");
      assertThat(zhang.active()).isTrue();
      assertThat(li.active()).as("userAccountControl 514: disabled").isFalse();
      assertThat(li.managerExternalId()).isEqualTo(zhang.externalId());
      assertThat(reading.roles().get(zhang.externalId())).containsExactly("oa-admin");
      assertThat(reading.roles().get(li.externalId())).isEmpty();
      assertThat(signIn.authenticate("zhangsan", "pw-Secret-1")).map(UserRecord::displayName).hasValue("张三");
    } finally {
      ad.shutDown(true);
    }
  }

  @Test
  void settingsAreCheckedAndTheBindPasswordIsStoredSealedOnly() throws Exception {
    server = new TestLdapServer(TestLdapServer.Mode.PLAIN);
    LdapSettings good = server.settings(MAPPING);
    LdapSettings bad = new LdapSettings(true, 1, "http://example.com", true, good.bindDn(), "not a dn", "uid=x",
        "", "bad attr", "displayName", "mail", "mobile", "title", "manager", "", "memberOf", "ou=groups,dc=x",
        "(broken", "member", 0, 0, 9999, List.of(new LdapSettings.GroupRole("developers", List.of("no-such-role")),
        new LdapSettings.GroupRole("Developers", List.of())));

    assertThatThrownBy(() -> admin.save(bad, null)).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.problems()).extracting(FieldProblem::field).contains("url", "baseDn", "userFilter",
            "usernameAttribute", "externalIdAttribute", "groupFilter", "pageSize", "connectTimeoutSeconds",
            "readTimeoutSeconds", "syncIntervalMinutes", "password", "groupRoles[0].roles", "groupRoles[1].group",
            "groupRoles[1].roles"));
    assertThat(admin.configured()).isFalse();

    admin.save(good, TestLdapServer.SERVICE_PASSWORD);

    String stored = sourceStore.find("ldap").orElseThrow().secret();
    assertThat(stored).startsWith("v1:").doesNotContain(TestLdapServer.SERVICE_PASSWORD);
    assertThat(sourceStore.find("ldap").orElseThrow().settings()).doesNotContain(TestLdapServer.SERVICE_PASSWORD);
    assertThat(admin.settings()).isEqualTo(good);
    assertThat(audited).singleElement().satisfies(e -> assertThat(e.toString())
        .doesNotContain(TestLdapServer.SERVICE_PASSWORD).contains("password=changed"));

    admin.save(withPageSize(good, 100), null);
    assertThat(config.password()).as("kept when not given").hasValue(TestLdapServer.SERVICE_PASSWORD);
    assertThat(admin.settings().pageSize()).isEqualTo(100);
  }

  @Test
  void aPasswordSealedWithAnotherKeyIsReportedClearly(@TempDir Path otherData) throws Exception {
    configure(TestLdapServer.Mode.PLAIN);
    LdapConfig otherKey = new LdapConfig(sourceStore, () -> SecretBox.forDataDir(otherData), Clock.systemUTC());

    LdapException e = org.junit.jupiter.api.Assertions.assertThrows(LdapException.class,
        () -> new LdapDirectory(otherKey, TestLdapServer.Trusting.class).read());

    assertThat(e.text()).isEqualTo(Message.of("ldap.password.unreadable"));
    assertThat(new LdapAdmin(otherKey, identities, audited::add, null).test(null, null).message().key())
        .isEqualTo("ldap.password.unreadable");
  }
}
