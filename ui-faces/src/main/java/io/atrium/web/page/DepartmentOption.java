package io.atrium.web.page;

import io.atrium.kernel.identity.DepartmentRecord;
import io.atrium.kernel.identity.OrgTree;
import java.io.Serializable;
import java.util.List;

/**
 * A department offered by a department select, labelled with its path.
 *
 * @param id department id
 * @param label its path from the top, e.g. {@code 总部 / 市场部}
 */
public record DepartmentOption(long id, String label) implements Serializable {

  /** Every department of the tree, parents before children. */
  public static List<DepartmentOption> all(OrgTree tree) {
    return tree.depthFirst().stream().map(d -> of(tree, d)).toList();
  }

  /** The option of one department. */
  public static DepartmentOption of(OrgTree tree, DepartmentRecord department) {
    return new DepartmentOption(department.id(), tree.path(department.id()));
  }
}
