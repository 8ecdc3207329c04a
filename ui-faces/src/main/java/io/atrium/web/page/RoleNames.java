package io.atrium.web.page;

import io.atrium.kernel.security.policy.RoleStore;
import io.atrium.kernel.validation.Problems;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Role names ticked on a page, turned into role ids the way the REST resources do it. */
public final class RoleNames {

  private RoleNames() {
  }

  /**
   * The ids of the named roles.
   *
   * @throws io.atrium.kernel.validation.InvalidInputException on the field {@code roles} for names
   *     of roles that do not exist (any more)
   */
  public static List<Long> ids(RoleStore roles, Collection<String> names) {
    Problems problems = new Problems();
    Set<Long> ids = new LinkedHashSet<>();
    for (String name : names) {
      roles.roleId(name).ifPresentOrElse(ids::add, () -> problems.add("roles", "validation.role.unknown", name));
    }
    problems.throwIfAny();
    return List.copyOf(ids);
  }
}
