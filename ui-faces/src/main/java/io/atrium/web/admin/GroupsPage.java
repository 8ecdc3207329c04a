package io.atrium.web.admin;

import io.atrium.kernel.identity.GroupRecord;
import io.atrium.kernel.security.KernelPermissions;
import io.atrium.web.page.Guard;
import io.atrium.web.page.KernelServices;
import io.atrium.web.page.PageMessages;
import io.atrium.web.page.PersonOption;
import io.atrium.web.page.RoleNames;
import io.atrium.web.page.RoleOption;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.PrimeFaces;

/** User groups: name, description, members and the roles they grant. */
@Named("groupsPage")
@ViewScoped
public class GroupsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> FIELDS = Map.of("name", "groupForm:name", "memberIds",
      "groupForm:members", "roles", "groupForm:roles");

  @Inject
  KernelServices kernel;

  @Inject
  PageMessages messages;

  private boolean canManage;
  private boolean canManageRoles;
  private List<GroupRow> groups;
  private List<RoleOption> roles;
  private GroupForm form;

  @PostConstruct
  void load() {
    canManage = Guard.has(KernelPermissions.USERS_MANAGE);
    canManageRoles = Guard.has(KernelPermissions.ROLES_MANAGE);
    refresh();
  }

  /** Reads the groups again. */
  public void refresh() {
    Guard.require(KernelPermissions.USERS_VIEW);
    List<GroupRecord> all = kernel.identities().groups();
    Set<Long> memberIds = new HashSet<>();
    all.forEach(g -> memberIds.addAll(g.memberIds()));
    Map<Long, String> names = new HashMap<>();
    kernel.identities().users(memberIds).forEach(u -> names.put(u.id(), u.displayName()));
    List<GroupRow> rows = new ArrayList<>();
    for (GroupRecord group : all) {
      rows.add(new GroupRow(group.id(), group.name(), group.description(),
          group.memberIds().stream().map(id -> names.getOrDefault(id, "#" + id)).toList(), List.copyOf(group.roles())));
    }
    groups = rows;
    roles = kernel.roles().roles().stream().map(RoleOption::of).toList();
  }

  /** Whether the user may change groups. */
  public boolean isCanManage() {
    return canManage;
  }

  /** Whether the user may grant roles to groups. */
  public boolean isCanManageRoles() {
    return canManageRoles;
  }

  public List<GroupRow> getGroups() {
    return groups;
  }

  public List<RoleOption> getRoles() {
    return roles;
  }

  /** The form of the group dialog, or null when it is closed. */
  public GroupForm getForm() {
    return form;
  }

  /** Opens the dialog for a new group. */
  public void startCreate() {
    Guard.require(KernelPermissions.USERS_MANAGE);
    form = new GroupForm();
  }

  /** Opens the dialog for an existing group. */
  public void startEdit(long id) {
    Guard.require(KernelPermissions.USERS_MANAGE);
    form = null;
    kernel.identities().group(id).ifPresentOrElse(group -> {
      List<PersonOption> members = kernel.identities().users(group.memberIds()).stream().map(PersonOption::of)
          .toList();
      form = new GroupForm(group.id(), group.name(), group.description(), members, group.roles());
    }, () -> messages.error("admin.groups.gone"));
  }

  /** Creates or changes the group of the dialog, with its roles when the user may grant them. */
  public void save() {
    Guard.require(KernelPermissions.USERS_MANAGE);
    if (form == null) {
      return;
    }
    boolean grantRoles = Guard.has(KernelPermissions.ROLES_MANAGE);
    GroupForm current = form;
    try {
      GroupRecord saved = kernel.transactions().required(() -> {
        GroupRecord group = current.isNew()
            ? kernel.orgAdmin().createGroup(current.getName(), current.getDescription(), current.memberIds())
            : kernel.orgAdmin().updateGroup(current.getId(), current.getName() == null ? "" : current.getName(),
                current.getDescription() == null ? "" : current.getDescription(), current.memberIds());
        if (grantRoles) {
          kernel.roleAdmin().setGroupRoles(group.id(), RoleNames.ids(kernel.roles(), current.getRoles()));
        }
        return group;
      });
      messages.info(current.isNew() ? "admin.groups.created" : "admin.groups.saved", saved.name());
      form = null;
      refresh();
      PrimeFaces.current().ajax().addCallbackParam("saved", true);
      PrimeFaces.current().ajax().update("groupsForm");
    } catch (RuntimeException e) {
      messages.showOrThrow(e, FIELDS);
    }
  }

  /** Closes the dialog without saving. */
  public void cancel() {
    Guard.require(KernelPermissions.USERS_MANAGE);
    form = null;
  }

  /** Deletes a group; its members lose the roles it granted. */
  public void delete(long id) {
    Guard.require(KernelPermissions.USERS_MANAGE);
    try {
      String name = kernel.identities().group(id).map(GroupRecord::name).orElse("#" + id);
      kernel.orgAdmin().deleteGroup(id);
      messages.info("admin.groups.deleted", name);
    } catch (RuntimeException e) {
      messages.showOrThrow(e, Map.of());
    }
    refresh();
  }
}
