package io.atrium.kernel.security.policy;

import io.atrium.sdk.security.AccessService;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.security.FieldAccess;
import io.atrium.sdk.security.RowFilter;
import java.util.Optional;

/** The {@link AccessService} host service: answers from the calling user's compiled policy. */
public final class DefaultAccessService implements AccessService {

  private final PolicyService policies;
  private final CurrentUser currentUser;

  /** Creates the service. */
  public DefaultAccessService(PolicyService policies, CurrentUser currentUser) {
    this.policies = policies;
    this.currentUser = currentUser;
  }

  @Override
  public RowFilter rows(String resource, String action) {
    Optional<Long> user = currentUser.userId();
    return user.isEmpty() ? CompiledPolicy.Rows.NONE : policies.policy(user.get()).rows(resource, action);
  }

  @Override
  public FieldAccess field(String resource, String field) {
    Optional<Long> user = currentUser.userId();
    return user.isEmpty() ? FieldAccess.HIDDEN : policies.policy(user.get()).field(resource, field);
  }

  @Override
  public boolean isPermitted(long userId, String permission) {
    return policies.policy(userId).isPermitted(permission);
  }

  @Override
  public RowFilter rowsOf(long userId, String resource, String action) {
    return policies.policy(userId).rows(resource, action);
  }
}
