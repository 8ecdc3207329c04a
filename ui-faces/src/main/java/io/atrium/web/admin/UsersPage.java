package io.atrium.web.admin;

import io.atrium.kernel.identity.UserRecord;
import io.atrium.kernel.security.KernelPermissions;
import io.atrium.kernel.validation.ConflictException;
import io.atrium.sdk.identity.UserStatus;
import io.atrium.web.page.DepartmentOption;
import io.atrium.web.page.Guard;
import io.atrium.web.page.KernelServices;
import io.atrium.web.page.PageMessages;
import io.atrium.web.page.PersonOption;
import io.atrium.web.page.RoleNames;
import io.atrium.web.page.RoleOption;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;

/**
 * The people page: a filtered list paged in the database, the person dialog (create and change,
 * roles), set password and mark as left. Viewing needs {@code atrium:users:view}, changes
 * {@code atrium:users:manage}, roles {@code atrium:roles:manage}.
 */
@Named("usersPage")
@ViewScoped
public class UsersPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Kernel field names to the client ids of the person dialog. */
  static final Map<String, String> USER_FIELDS = Map.ofEntries(Map.entry("username", "userForm:username"),
      Map.entry("displayName", "userForm:displayName"), Map.entry("email", "userForm:email"),
      Map.entry("mobile", "userForm:mobile"), Map.entry("departmentId", "userForm:department"),
      Map.entry("position", "userForm:position"), Map.entry("managerId", "userForm:manager"),
      Map.entry("status", "userForm:status"), Map.entry("locale", "userForm:locale"),
      Map.entry("password", "userForm:password"), Map.entry("roles", "userForm:roles"));
  private static final Map<String, String> PASSWORD_FIELDS = Map.of("password", "passwordForm:newPassword");

  @Inject
  KernelServices kernel;

  @Inject
  PageMessages messages;

  private boolean canManage;
  private boolean canManageRoles;
  private final UserFilter filter = new UserFilter();
  private UserTableModel users;
  private List<DepartmentOption> departments;
  private List<RoleOption> roles;
  private UserForm form;
  private boolean conflict;
  private Long passwordUserId;
  private String passwordUserName;
  private String newPassword;

  @PostConstruct
  void load() {
    canManage = Guard.has(KernelPermissions.USERS_MANAGE);
    canManageRoles = Guard.has(KernelPermissions.ROLES_MANAGE);
    // links preset the filters: /admin/users.xhtml?q=... or ?department=<id> (the department tree's member counts)
    Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    filter.setText(parameters.get("q"));
    filter.setDepartmentId(parseId(parameters.get("department")));
    users = new UserTableModel(kernel, filter);
    loadOptions();
  }

  private static Long parseId(String text) {
    try {
      return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
    } catch (NumberFormatException notAnId) {
      return null;
    }
  }

  private void loadOptions() {
    departments = DepartmentOption.all(kernel.directory().tree());
    roles = kernel.roles().roles().stream().map(RoleOption::of).toList();
  }

  /** Whether the user may create and change people. */
  public boolean isCanManage() {
    return canManage;
  }

  /** The signed-in user's id, who cannot mark themselves as left. */
  public long getCurrentUserId() {
    return Guard.principal().userId();
  }

  /** Whether the user may grant roles. */
  public boolean isCanManageRoles() {
    return canManageRoles;
  }

  public UserFilter getFilter() {
    return filter;
  }

  public UserTableModel getUsers() {
    return users;
  }

  public List<DepartmentOption> getDepartments() {
    return departments;
  }

  public List<RoleOption> getRoles() {
    return roles;
  }

  /** The statuses a person can have. */
  public List<String> getStatuses() {
    return java.util.Arrays.stream(UserStatus.values()).map(Enum::name).toList();
  }

  /** The form of the person dialog, or null when it is closed. */
  public UserForm getForm() {
    return form;
  }

  /** Whether the last save found that someone else changed the person meanwhile. */
  public boolean isConflict() {
    return conflict;
  }

  /** Applies the filter from its first page. */
  public void search() {
    Guard.require(KernelPermissions.USERS_VIEW);
    if (FacesContext.getCurrentInstance().getViewRoot().findComponent("usersForm:users") instanceof DataTable table) {
      table.setFirst(0);
    }
  }

  /** Opens the dialog for a new person. */
  public void startCreate() {
    Guard.require(KernelPermissions.USERS_MANAGE);
    loadOptions();
    form = new UserForm();
    conflict = false;
  }

  /** Opens the dialog for an existing person. */
  public void startEdit(long id) {
    Guard.require(KernelPermissions.USERS_MANAGE);
    loadOptions();
    conflict = false;
    form = null;
    kernel.identities().user(id).ifPresentOrElse(user -> form = formOf(user),
        () -> messages.error("admin.users.gone"));
  }

  /** Reads the person again after a conflict, dropping the changes made in the dialog. */
  public void reload() {
    Guard.require(KernelPermissions.USERS_MANAGE);
    conflict = false;
    if (form != null && !form.isNew()) {
      startEdit(form.getId());
      messages.info("admin.users.reloaded");
    }
  }

  private UserForm formOf(UserRecord user) {
    PersonOption manager = user.managerId() == null ? null
        : kernel.identities().user(user.managerId()).map(PersonOption::of).orElse(null);
    List<String> names = new ArrayList<>();
    for (Long roleId : kernel.roles().directRoleIds(user.id())) {
      kernel.roles().role(roleId).ifPresent(r -> names.add(r.name()));
    }
    return UserForm.of(user, manager, names);
  }

  /** Creates or changes the person of the dialog, with their roles when the user may grant them. */
  public void save() {
    Guard.require(KernelPermissions.USERS_MANAGE);
    if (form == null) {
      return;
    }
    boolean grantRoles = Guard.has(KernelPermissions.ROLES_MANAGE);
    UserForm current = form;
    try {
      UserRecord saved = kernel.transactions().required(() -> {
        UserRecord user = current.isNew() ? kernel.orgAdmin().createUser(current.input())
            : kernel.orgAdmin().updateUser(current.getId(), current.getVersion(), current.input());
        if (grantRoles) {
          kernel.roleAdmin().setUserRoles(user.id(), RoleNames.ids(kernel.roles(), current.getRoles()));
        }
        return user;
      });
      messages.info(current.isNew() ? "admin.users.created" : "admin.users.saved", saved.displayName());
      form = null;
      conflict = false;
      PrimeFaces.current().ajax().addCallbackParam("saved", true);
      PrimeFaces.current().ajax().update("usersForm");
    } catch (ConflictException e) {
      conflict = true;
      messages.show(e, USER_FIELDS);
    } catch (RuntimeException e) {
      messages.showOrThrow(e, USER_FIELDS);
    }
  }

  /** Closes the dialog without saving. */
  public void cancel() {
    Guard.require(KernelPermissions.USERS_MANAGE);
    form = null;
    conflict = false;
  }

  /** Opens the set-password dialog for a person. */
  public void startPassword(long id) {
    Guard.require(KernelPermissions.USERS_MANAGE);
    newPassword = null;
    passwordUserId = null;
    kernel.identities().user(id).ifPresentOrElse(user -> {
      passwordUserId = user.id();
      passwordUserName = user.displayName();
    }, () -> messages.error("admin.users.gone"));
  }

  /** Sets the password of the person of the set-password dialog. */
  public void savePassword() {
    Guard.require(KernelPermissions.USERS_MANAGE);
    if (passwordUserId == null) {
      return;
    }
    try {
      kernel.orgAdmin().setPassword(passwordUserId, newPassword == null ? "" : newPassword);
      messages.info("admin.users.passwordSet", passwordUserName);
      passwordUserId = null;
      newPassword = null;
      PrimeFaces.current().ajax().addCallbackParam("saved", true);
      PrimeFaces.current().ajax().update("usersForm");
    } catch (RuntimeException e) {
      messages.showOrThrow(e, PASSWORD_FIELDS);
    }
  }

  /** Marks a person as having left: signed out, tokens revoked, kept for history. */
  public void markLeft(long id) {
    Guard.require(KernelPermissions.USERS_MANAGE);
    if (id == Guard.principal().userId()) {
      // signing oneself out for good is never what an administrator means to do
      messages.error("admin.users.leaveSelf");
      return;
    }
    try {
      String name = kernel.identities().user(id).map(UserRecord::displayName).orElse("#" + id);
      kernel.orgAdmin().markLeft(id);
      messages.info("admin.users.left", name);
    } catch (RuntimeException e) {
      messages.showOrThrow(e, Map.of());
    }
  }

  /** The name of the person whose password is being set. */
  public String getPasswordUserName() {
    return passwordUserName;
  }

  /** Whether the set-password dialog has a person. */
  public boolean isPasswordOpen() {
    return passwordUserId != null;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}
