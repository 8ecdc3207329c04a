package io.atrium.web.page;

import io.atrium.kernel.Kernel;
import io.atrium.kernel.audit.Audit;
import io.atrium.kernel.health.KernelReadiness;
import io.atrium.kernel.identity.DirectoryService;
import io.atrium.kernel.identity.IdentityStore;
import io.atrium.kernel.identity.OrgAdmin;
import io.atrium.kernel.identity.OrgImport;
import io.atrium.kernel.plugin.PluginRegistry;
import io.atrium.kernel.security.AccountStore;
import io.atrium.kernel.security.LoginGuard;
import io.atrium.kernel.security.SessionRegistry;
import io.atrium.kernel.security.policy.PolicyService;
import io.atrium.kernel.security.policy.RoleAdmin;
import io.atrium.kernel.security.policy.RoleStore;
import io.atrium.kernel.time.KernelClock;
import io.atrium.kernel.ui.UiRegistry;
import io.atrium.sdk.persistence.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.Readiness;

/**
 * The kernel services the portal's own pages use, in one application-scoped bean. Page beans are
 * view-scoped and so must be serializable; they hold this bean (a serializable proxy) instead of
 * the kernel's parts, which are not. Created on first use, which is after the kernel booted
 * ({@code KernelStartingFilter} holds requests back until then).
 */
@ApplicationScoped
public class KernelServices {

  @Inject
  Kernel kernel;

  @Inject
  @Readiness
  KernelReadiness readiness;

  @Inject
  IdentityStore identities;

  @Inject
  DirectoryService directory;

  @Inject
  OrgAdmin orgAdmin;

  @Inject
  OrgImport orgImport;

  @Inject
  RoleStore roles;

  @Inject
  RoleAdmin roleAdmin;

  @Inject
  PolicyService policies;

  @Inject
  AccountStore accounts;

  @Inject
  SessionRegistry sessions;

  @Inject
  LoginGuard loginGuard;

  @Inject
  PluginRegistry plugins;

  @Inject
  UiRegistry ui;

  @Inject
  KernelClock clock;

  @Inject
  Transactions transactions;

  @Inject
  Audit audit;

  /** The kernel itself: settings, runtime, events, health contributors. */
  public Kernel kernel() {
    return kernel;
  }

  /** The kernel's readiness check. */
  public KernelReadiness readiness() {
    return readiness;
  }

  /** Users, departments and groups as stored. */
  public IdentityStore identities() {
    return identities;
  }

  /** The org tree and directory queries. */
  public DirectoryService directory() {
    return directory;
  }

  /** Changes to people, departments and groups. */
  public OrgAdmin orgAdmin() {
    return orgAdmin;
  }

  /** The org-chart import. */
  public OrgImport orgImport() {
    return orgImport;
  }

  /** Roles as stored. */
  public RoleStore roles() {
    return roles;
  }

  /** Changes to roles and their holders. */
  public RoleAdmin roleAdmin() {
    return roleAdmin;
  }

  /** Compiled per-user policies. */
  public PolicyService policies() {
    return policies;
  }

  /** Accounts and API tokens. */
  public AccountStore accounts() {
    return accounts;
  }

  /** Signed-in browser sessions. */
  public SessionRegistry sessions() {
    return sessions;
  }

  /** Failed sign-in counts and lockouts. */
  public LoginGuard loginGuard() {
    return loginGuard;
  }

  /** Installed plugins. */
  public PluginRegistry plugins() {
    return plugins;
  }

  /** What running plugins contribute to the UI. */
  public UiRegistry ui() {
    return ui;
  }

  /** The platform clock and the company's time zone. */
  public KernelClock clock() {
    return clock;
  }

  /** JTA transactions. */
  public Transactions transactions() {
    return transactions;
  }

  /** The audit log. */
  public Audit audit() {
    return audit;
  }
}
