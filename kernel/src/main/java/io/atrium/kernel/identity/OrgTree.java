package io.atrium.kernel.identity;

import io.atrium.sdk.identity.Department;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The departments as a tree in memory: children, subtrees and ancestors without queries. */
public final class OrgTree {

  private static final Comparator<DepartmentRecord> SIBLING_ORDER = Comparator.comparingInt(DepartmentRecord::sortOrder)
      .thenComparing(DepartmentRecord::name).thenComparingLong(DepartmentRecord::id);

  private final Map<Long, DepartmentRecord> byId = new HashMap<>();
  private final Map<Long, List<DepartmentRecord>> children = new HashMap<>();
  private final List<DepartmentRecord> roots = new ArrayList<>();

  /** Builds the tree; a department whose parent is missing counts as a top-level one. */
  public OrgTree(List<DepartmentRecord> departments) {
    for (DepartmentRecord department : departments) {
      byId.put(department.id(), department);
    }
    for (DepartmentRecord department : departments) {
      if (department.parentId() == null || !byId.containsKey(department.parentId())) {
        roots.add(department);
      } else {
        children.computeIfAbsent(department.parentId(), k -> new ArrayList<>()).add(department);
      }
    }
    roots.sort(SIBLING_ORDER);
    children.values().forEach(list -> list.sort(SIBLING_ORDER));
  }

  /** A department by id. */
  public Optional<DepartmentRecord> get(long id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The top-level departments in order. */
  public List<DepartmentRecord> roots() {
    return Collections.unmodifiableList(roots);
  }

  /** The direct children of a department in order. */
  public List<DepartmentRecord> children(long id) {
    return children.getOrDefault(id, List.of());
  }

  /** Every department, parents before children, siblings in order. */
  public List<DepartmentRecord> depthFirst() {
    List<DepartmentRecord> all = new ArrayList<>();
    Set<Long> seen = new java.util.HashSet<>();
    for (DepartmentRecord root : roots) {
      collect(root, all, seen);
    }
    return all;
  }

  /** The department and everything below it, parents first; empty for an unknown id. */
  public List<DepartmentRecord> subtree(long id) {
    List<DepartmentRecord> all = new ArrayList<>();
    DepartmentRecord start = byId.get(id);
    if (start != null) {
      collect(start, all, new java.util.HashSet<>());
    }
    return all;
  }

  /** The ids of a department and everything below it. */
  public Set<Long> subtreeIds(long id) {
    Set<Long> ids = new LinkedHashSet<>();
    for (DepartmentRecord department : subtree(id)) {
      ids.add(department.id());
    }
    return ids;
  }

  /** The department's ancestors, nearest first. */
  public List<DepartmentRecord> ancestors(long id) {
    List<DepartmentRecord> ancestors = new ArrayList<>();
    DepartmentRecord current = byId.get(id);
    Set<Long> seen = new java.util.HashSet<>();
    while (current != null && current.parentId() != null && seen.add(current.id())) {
      current = byId.get(current.parentId());
      if (current != null) {
        ancestors.add(current);
      }
    }
    return ancestors;
  }

  /** Whether {@code candidate} is {@code id} itself or lies below it. */
  public boolean isWithin(long candidate, long id) {
    if (candidate == id) {
      return true;
    }
    return ancestors(candidate).stream().anyMatch(a -> a.id() == id);
  }

  /** Depth of a department: 0 at the top. */
  public int depth(long id) {
    return ancestors(id).size();
  }

  /** Names from the top down to the department, e.g. {@code 总部 / 市场部 / 新媒体组}. */
  public String path(long id) {
    List<DepartmentRecord> chain = new ArrayList<>(ancestors(id));
    Collections.reverse(chain);
    DepartmentRecord self = byId.get(id);
    if (self != null) {
      chain.add(self);
    }
    return String.join(" / ", chain.stream().map(DepartmentRecord::name).toList());
  }

  /** The SDK view of a department. */
  public Department view(DepartmentRecord department) {
    return new Department(department.id(), department.name(), department.parentId(), department.headId(),
        depth(department.id()));
  }

  private void collect(DepartmentRecord department, List<DepartmentRecord> into, Set<Long> seen) {
    // a cycle in stored data must not hang the server
    if (!seen.add(department.id())) {
      return;
    }
    into.add(department);
    for (DepartmentRecord child : children(department.id())) {
      collect(child, into, seen);
    }
  }
}
