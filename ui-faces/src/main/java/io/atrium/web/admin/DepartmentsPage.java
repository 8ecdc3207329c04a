package io.atrium.web.admin;

import io.atrium.kernel.identity.DepartmentRecord;
import io.atrium.kernel.identity.OrgTree;
import io.atrium.kernel.security.KernelPermissions;
import io.atrium.web.page.DepartmentOption;
import io.atrium.web.page.Guard;
import io.atrium.web.page.KernelServices;
import io.atrium.web.page.PageMessages;
import io.atrium.web.page.PersonOption;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * The department tree: member counts and heads; create a child, rename, move, set the head,
 * delete (refused with the reason while it has sub-departments or members).
 */
@Named("departmentsPage")
@ViewScoped
public class DepartmentsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> FIELDS = Map.of("name", "departmentForm:name", "parentId",
      "departmentForm:parent", "headId", "departmentForm:head");

  @Inject
  KernelServices kernel;

  @Inject
  PageMessages messages;

  private boolean canManage;
  private TreeNode<DepartmentRow> root;
  private int count;
  private DepartmentForm form;
  private List<DepartmentOption> parents;

  @PostConstruct
  void load() {
    canManage = Guard.has(KernelPermissions.USERS_MANAGE);
    refresh();
  }

  /** Reads the tree again. */
  public void refresh() {
    Guard.require(KernelPermissions.USERS_VIEW);
    OrgTree tree = kernel.directory().tree();
    List<DepartmentRecord> all = tree.depthFirst();
    Set<Long> headIds = new HashSet<>();
    all.forEach(d -> {
      if (d.headId() != null) {
        headIds.add(d.headId());
      }
    });
    Map<Long, String> heads = new HashMap<>();
    kernel.identities().users(headIds).forEach(u -> heads.put(u.id(), u.displayName()));
    root = new DefaultTreeNode<>(new DepartmentRow(0, "", null, null, 0, null), null);
    for (DepartmentRecord department : tree.roots()) {
      add(tree, department, root, heads);
    }
    count = all.size();
  }

  private void add(OrgTree tree, DepartmentRecord department, TreeNode<DepartmentRow> parent, Map<Long, String> heads) {
    DepartmentRow row = new DepartmentRow(department.id(), department.name(), department.parentId(),
        department.headId() == null ? null : heads.get(department.headId()),
        kernel.identities().countMembers(department.id()), department.externalSource());
    TreeNode<DepartmentRow> node = new DefaultTreeNode<>(row, parent);
    node.setExpanded(true);
    for (DepartmentRecord child : tree.children(department.id())) {
      add(tree, child, node, heads);
    }
  }

  /** Whether the user may change departments. */
  public boolean isCanManage() {
    return canManage;
  }

  /** The tree's invisible root. */
  public TreeNode<DepartmentRow> getRoot() {
    return root;
  }

  /** How many departments there are. */
  public int getCount() {
    return count;
  }

  /** The form of the department dialog, or null when it is closed. */
  public DepartmentForm getForm() {
    return form;
  }

  /** Where the department of the dialog may go: anywhere but below itself. */
  public List<DepartmentOption> getParents() {
    return parents;
  }

  /** Opens the dialog for a new department below a parent (null: at the top). */
  public void startCreate(Long parentId) {
    Guard.require(KernelPermissions.USERS_MANAGE);
    form = DepartmentForm.create(parentId == null || parentId == 0 ? null : parentId);
    parents = DepartmentOption.all(kernel.directory().tree());
  }

  /** Opens the dialog to rename, move or set the head of a department. */
  public void startEdit(long id) {
    Guard.require(KernelPermissions.USERS_MANAGE);
    OrgTree tree = kernel.directory().tree();
    form = null;
    tree.get(id).ifPresentOrElse(department -> {
      PersonOption head = department.headId() == null ? null
          : kernel.identities().user(department.headId()).map(PersonOption::of).orElse(null);
      form = DepartmentForm.edit(id, department.version(), department.name(), department.parentId(), head);
      Set<Long> below = tree.subtreeIds(id);
      parents = DepartmentOption.all(tree).stream().filter(o -> !below.contains(o.id())).toList();
    }, () -> messages.error("admin.departments.gone"));
  }

  /** Creates or changes the department of the dialog. */
  public void save() {
    Guard.require(KernelPermissions.USERS_MANAGE);
    if (form == null) {
      return;
    }
    Long headId = form.getHead() == null ? null : form.getHead().getId();
    try {
      DepartmentRecord saved;
      if (form.isNew()) {
        saved = kernel.orgAdmin().createDepartment(form.getName(), form.getParentId(), headId, null);
      } else {
        saved = kernel.orgAdmin().updateDepartment(form.getId(), form.getVersion(), form.getName() == null ? ""
            : form.getName(), form.getParentId() == null ? 0L : form.getParentId(), headId == null ? 0L : headId, null);
      }
      messages.info(form.isNew() ? "admin.departments.created" : "admin.departments.saved", saved.name());
      form = null;
      refresh();
      PrimeFaces.current().ajax().addCallbackParam("saved", true);
      PrimeFaces.current().ajax().update("departmentsForm");
    } catch (RuntimeException e) {
      messages.showOrThrow(e, FIELDS);
    }
  }

  /** Closes the dialog without saving. */
  public void cancel() {
    Guard.require(KernelPermissions.USERS_MANAGE);
    form = null;
  }

  /** Deletes a department that has neither sub-departments nor members. */
  public void delete(long id) {
    Guard.require(KernelPermissions.USERS_MANAGE);
    try {
      String name = kernel.directory().tree().get(id).map(DepartmentRecord::name).orElse("#" + id);
      kernel.orgAdmin().deleteDepartment(id);
      messages.info("admin.departments.deleted", name);
    } catch (RuntimeException e) {
      messages.showOrThrow(e, Map.of());
    }
    refresh();
  }
}
