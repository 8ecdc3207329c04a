package io.atrium.kernel.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrgTreeTest {

  private static DepartmentRecord department(long id, String name, Long parent, int order) {
    return new DepartmentRecord(id, name, parent, null, order, null, 0);
  }

  private final OrgTree tree = new OrgTree(List.of(
      department(1, "总部", null, 0),
      department(2, "市场部", 1L, 1),
      department(3, "销售部", 1L, 0),
      department(4, "新媒体组", 2L, 0),
      department(5, "华东区", 3L, 0)));

  @Test
  void walksParentsBeforeChildrenInSiblingOrder() {
    assertThat(tree.depthFirst()).extracting(DepartmentRecord::id).containsExactly(1L, 3L, 5L, 2L, 4L);
  }

  @Test
  void knowsSubtreesAncestorsAndPaths() {
    assertThat(tree.subtreeIds(2)).containsExactly(2L, 4L);
    assertThat(tree.ancestors(4)).extracting(DepartmentRecord::id).containsExactly(2L, 1L);
    assertThat(tree.path(4)).isEqualTo("总部 / 市场部 / 新媒体组");
    assertThat(tree.depth(4)).isEqualTo(2);
    assertThat(tree.isWithin(4, 1)).isTrue();
    assertThat(tree.isWithin(1, 4)).isFalse();
  }

  @Test
  void aStoredCycleNeitherHangsNorRepeats() {
    OrgTree broken = new OrgTree(List.of(department(1, "a", 2L, 0), department(2, "b", 1L, 0)));

    assertThat(broken.subtree(1)).extracting(DepartmentRecord::id).containsExactly(1L, 2L);
    assertThat(broken.ancestors(1)).extracting(DepartmentRecord::id).containsExactly(2L, 1L);
  }
}
