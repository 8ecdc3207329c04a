package io.atrium.kernel.security.policy;

import io.atrium.kernel.identity.ChangeCounter;
import io.atrium.kernel.identity.DirectoryService;
import io.atrium.kernel.identity.IdentityStore;
import io.atrium.kernel.identity.UserRecord;
import io.atrium.sdk.identity.UserStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands out each user's {@link CompiledPolicy}, compiled on first use and kept until the
 * {@link ChangeCounter} moves (any change to roles, groups, people or departments), so a
 * permission check is a lookup, not a query.
 */
public final class PolicyService {

  private final RoleStore roles;
  private final IdentityStore identities;
  private final DirectoryService directory;
  private final ChangeCounter changes;
  private final Map<Long, CompiledPolicy> policies = new ConcurrentHashMap<>();
  private volatile long generation = Long.MIN_VALUE;
  private volatile Map<Long, RoleRecord> roleCache;

  /** Creates the service. */
  public PolicyService(RoleStore roles, IdentityStore identities, DirectoryService directory, ChangeCounter changes) {
    this.roles = roles;
    this.identities = identities;
    this.directory = directory;
    this.changes = changes;
  }

  /** The policy of an active user; a disabled or unknown user gets one that permits nothing. */
  public CompiledPolicy policy(long userId) {
    long current = changes.current();
    if (current != generation) {
      synchronized (this) {
        if (current != generation) {
          policies.clear();
          roleCache = null;
          generation = current;
        }
      }
    }
    return policies.computeIfAbsent(userId, this::compile);
  }

  /** Forgets every compiled policy at once (this node only; others follow the change counter). */
  public void invalidate() {
    changes.bump();
  }

  private CompiledPolicy compile(long userId) {
    Optional<UserRecord> user = identities.user(userId);
    if (user.isEmpty() || user.get().status() != UserStatus.ACTIVE) {
      return new CompiledPolicy(userId, null, List.of(), id -> java.util.Set.of());
    }
    Map<Long, RoleRecord> all = roleCache;
    if (all == null) {
      all = roles.all();
      roleCache = all;
    }
    List<RoleRecord> held = new ArrayList<>();
    for (Long roleId : roles.effectiveRoleIds(userId)) {
      RoleRecord role = all.get(roleId);
      if (role != null) {
        held.add(role);
      }
    }
    return new CompiledPolicy(userId, user.get().departmentId(), held, id -> directory.tree().subtreeIds(id));
  }
}
