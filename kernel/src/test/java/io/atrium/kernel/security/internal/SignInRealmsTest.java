package io.atrium.kernel.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.kernel.identity.ChangeCounter;
import io.atrium.kernel.identity.DirectoryService;
import io.atrium.kernel.identity.DirectorySourceStore;
import io.atrium.kernel.identity.DirectorySync;
import io.atrium.kernel.identity.IdentityStore;
import io.atrium.kernel.identity.ldap.LdapAdmin;
import io.atrium.kernel.identity.ldap.LdapConfig;
import io.atrium.kernel.identity.ldap.LdapSettings;
import io.atrium.kernel.identity.ldap.LdapSignIn;
import io.atrium.kernel.identity.ldap.TestLdapServer;
import io.atrium.kernel.security.AccountStore;
import io.atrium.kernel.security.AtriumPrincipal;
import io.atrium.kernel.security.Passwords;
import io.atrium.kernel.security.SecretBox;
import io.atrium.kernel.security.policy.PolicyService;
import io.atrium.kernel.security.policy.RoleStore;
import io.atrium.kernel.testing.KernelDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.web.mgt.DefaultWebSecurityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The realms as the web application chains them: local accounts first, then LDAP. */
class SignInRealmsTest {

  @TempDir
  Path data;

  private final KernelDatabase database = new KernelDatabase();
  private final AccountStore accounts = new AccountStore(database.jdbc());
  private final IdentityStore identities = new IdentityStore(database.jdbc());
  private final ChangeCounter changes = new ChangeCounter(database.jdbc(), Clock.systemUTC());
  private final PolicyService policies = new PolicyService(new RoleStore(database.jdbc()), identities,
      new DirectoryService(identities, changes), changes);
  private TestLdapServer server;
  private DefaultWebSecurityManager security;

  @BeforeEach
  void setUp() throws Exception {
    long adminRole = accounts.ensureRole("admin", "Everything", List.of("*"));
    long admin = accounts.createAccount("admin", "Administrator", Passwords.hash("local-Secret-1"), Instant.now());
    accounts.grantRole(admin, adminRole);
    server = new TestLdapServer(TestLdapServer.Mode.PLAIN);
    LdapConfig config = new LdapConfig(new DirectorySourceStore(database.jdbc()), () -> SecretBox.forDataDir(data),
        Clock.systemUTC());
    new LdapAdmin(config, identities, e -> { }, null).save(server.settings(List.of(new LdapSettings.GroupRole(
        "oa-admins", List.of("admin")))), TestLdapServer.SERVICE_PASSWORD);
    LdapSignIn signIn = new LdapSignIn(config, identities, new DirectorySync(identities, changes,
        database.transactions(), Clock.systemUTC()), null);
    security = AtriumWebEnvironment.securityManager(new AtriumRealm(() -> accounts, () -> policies,
        Clock.systemUTC()), new LdapRealm(() -> signIn));
  }

  @AfterEach
  void tearDown() throws Exception {
    server.close();
    database.close();
  }

  private AuthenticationInfo signIn(String username, String password) {
    return security.authenticate(new UsernamePasswordToken(username, password));
  }

  @Test
  void ldapPeopleSignInAndAreAuthorizedByTheirPolicy() {
    AuthenticationInfo wang = signIn("wangzong", TestLdapServer.PASSWORD);
    AuthenticationInfo li = signIn("lilei", TestLdapServer.PASSWORD);

    assertThat(wang.getPrincipals().oneByType(AtriumPrincipal.class).username()).isEqualTo("wangzong");
    assertThat(wang.getPrincipals().getRealmNames()).containsExactly("ldap");
    assertThat(security.isPermitted(wang.getPrincipals(), "atrium:directory:manage")).isTrue();
    assertThat(security.hasRole(wang.getPrincipals(), "admin")).isTrue();
    assertThat(security.isPermitted(li.getPrincipals(), "atrium:directory:manage")).isFalse();
    assertThatThrownBy(() -> signIn("lilei", "wrong")).isInstanceOf(AuthenticationException.class);
  }

  @Test
  void eachKindOfAccountSignsInWithItsOwnPasswordOnly() {
    signIn("lilei", TestLdapServer.PASSWORD);
    long li = accounts.findByUsername("lilei").orElseThrow().id();
    // even if an Atrium password was set for the LDAP person, it does not work
    accounts.changePassword(li, Passwords.hash("atrium-Secret-9"));

    assertThatThrownBy(() -> signIn("lilei", "atrium-Secret-9")).isInstanceOf(AuthenticationException.class);
    assertThat(signIn("admin", "local-Secret-1").getPrincipals().getRealmNames()).containsExactly("atrium");
    assertThatThrownBy(() -> signIn("admin", TestLdapServer.PASSWORD)).isInstanceOf(AuthenticationException.class);
  }

  @Test
  void localAccountsSignInWhileTheLdapServerIsDown() {
    server.stop();

    assertThat(signIn("admin", "local-Secret-1").getPrincipals().oneByType(AtriumPrincipal.class).username())
        .isEqualTo("admin");
    assertThatThrownBy(() -> signIn("wangzong", TestLdapServer.PASSWORD)).isInstanceOf(AuthenticationException.class);
  }

  @Test
  void whenNoRealmSignsTheUserInTheMostTellingFailureIsThrown() {
    assertThatThrownBy(() -> signIn("nobody-anywhere", "whatever-1234"))
        .isExactlyInstanceOf(org.apache.shiro.authc.UnknownAccountException.class);
    assertThatThrownBy(() -> signIn("admin", "wrong-password-1"))
        .isInstanceOf(org.apache.shiro.authc.IncorrectCredentialsException.class);
  }
}
