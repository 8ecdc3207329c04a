package io.atrium.web.admin;

import io.atrium.kernel.identity.OrgTree;
import io.atrium.kernel.identity.UserQuery;
import io.atrium.kernel.identity.UserRecord;
import io.atrium.sdk.identity.UserStatus;
import io.atrium.web.page.KernelServices;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The people list, one page at a time from the database, filtered by {@link UserFilter}. */
public class UserTableModel extends LazyDataModel<UserRow> {

  private static final long serialVersionUID = 1L;

  private final KernelServices kernel;
  private final UserFilter filter;
  private List<UserRow> page = List.of();

  /** Creates the model over a filter the page changes. */
  public UserTableModel(KernelServices kernel, UserFilter filter) {
    this.kernel = kernel;
    this.filter = filter;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, kernel.identities().countUsers(query(0, 1), departments()));
  }

  @Override
  public List<UserRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    // the table asks count() for the row count itself
    List<UserRecord> users = kernel.identities().users(query(first, pageSize), departments());
    page = rows(users);
    return page;
  }

  @Override
  public String getRowKey(UserRow row) {
    return Long.toString(row.id());
  }

  @Override
  public UserRow getRowData(String rowKey) {
    return page.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
  }

  private UserQuery query(int first, int pageSize) {
    UserStatus status = filter.getStatus() == null || filter.getStatus().isBlank() ? null
        : UserStatus.valueOf(filter.getStatus());
    return new UserQuery(filter.getText(), filter.getDepartmentId(), filter.isSubtree(), status, first,
        Math.max(1, pageSize));
  }

  /** The departments the filter covers, or null for all. */
  private Collection<Long> departments() {
    Long id = filter.getDepartmentId();
    if (id == null) {
      return null;
    }
    return filter.isSubtree() ? kernel.directory().tree().subtreeIds(id) : Set.of(id);
  }

  private List<UserRow> rows(List<UserRecord> users) {
    OrgTree tree = kernel.directory().tree();
    Set<Long> managerIds = new HashSet<>();
    users.forEach(u -> {
      if (u.managerId() != null) {
        managerIds.add(u.managerId());
      }
    });
    Map<Long, String> managers = new HashMap<>();
    kernel.identities().users(managerIds).forEach(m -> managers.put(m.id(), m.displayName()));
    Map<Long, String> roleNames = new HashMap<>();
    kernel.roles().all().forEach((id, role) -> roleNames.put(id, role.name()));
    List<UserRow> rows = new ArrayList<>();
    for (UserRecord user : users) {
      List<String> roles = new ArrayList<>();
      for (Long roleId : kernel.roles().directRoleIds(user.id())) {
        String name = roleNames.get(roleId);
        if (name != null) {
          roles.add(name);
        }
      }
      String department = user.departmentId() == null ? null
          : tree.get(user.departmentId()).map(d -> d.name()).orElse(null);
      rows.add(new UserRow(user.id(), user.username(), user.displayName(), user.email(), user.mobile(), department,
          user.position(), user.managerId() == null ? null : managers.get(user.managerId()), user.status().name(),
          user.externalSource(), List.copyOf(roles)));
    }
    return rows;
  }
}
