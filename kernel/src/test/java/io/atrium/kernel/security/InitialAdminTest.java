package io.atrium.kernel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.kernel.audit.Audit;
import io.atrium.kernel.identity.ChangeCounter;
import io.atrium.kernel.identity.IdentityStore;
import io.atrium.kernel.security.policy.RoleAdmin;
import io.atrium.kernel.security.policy.RoleStore;
import io.atrium.kernel.testing.KernelDatabase;
import io.atrium.kernel.validation.ConflictException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitialAdminTest {

  private final KernelDatabase database = new KernelDatabase();
  private final AccountStore accounts = new AccountStore(database.jdbc());
  private final RoleStore roles = new RoleStore(database.jdbc());

  @TempDir
  Path dataDir;

  @AfterEach
  void close() throws Exception {
    database.close();
  }

  @Test
  void theAdminRoleOfAFreshDatabaseIsBuiltInAndCannotBeDeleted() {
    InitialAdmin.ensure(accounts, Optional.of("first-Admin-123"), dataDir, Instant.now());

    long adminRole = roles.roleId(InitialAdmin.ADMIN_ROLE).orElseThrow();
    assertThat(roles.role(adminRole).orElseThrow().builtIn()).isTrue();
    RoleAdmin admin = new RoleAdmin(roles, new IdentityStore(database.jdbc()), new ChangeCounter(database.jdbc(),
        Clock.systemUTC()), KernelDatabase.direct(), Audit.NONE);
    assertThatThrownBy(() -> admin.delete(adminRole)).isInstanceOf(ConflictException.class);
    assertThat(roles.role(adminRole)).isPresent();
  }

  @Test
  void aSecondBootKeepsTheRoleBuiltIn() {
    InitialAdmin.ensure(accounts, Optional.of("first-Admin-123"), dataDir, Instant.now());
    InitialAdmin.ensure(accounts, Optional.empty(), dataDir, Instant.now());

    assertThat(roles.role(roles.roleId(InitialAdmin.ADMIN_ROLE).orElseThrow()).orElseThrow().builtIn()).isTrue();
  }
}
