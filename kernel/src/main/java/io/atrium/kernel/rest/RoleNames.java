package io.atrium.kernel.rest;

import io.atrium.kernel.security.policy.RoleStore;
import io.atrium.kernel.validation.Problems;
import java.util.ArrayList;
import java.util.List;

/** Turns the role names a client sent into role ids, reporting every unknown one. */
final class RoleNames {

  private RoleNames() {
  }

  /**
   * The ids of the named roles.
   *
   * @throws io.atrium.kernel.validation.InvalidInputException naming every unknown role
   */
  static List<Long> ids(RoleStore roles, List<String> names) {
    Problems problems = new Problems();
    List<Long> ids = new ArrayList<>();
    for (String name : names) {
      roles.roleId(name == null ? "" : name.strip()).ifPresentOrElse(ids::add,
          () -> problems.add("roles", "validation.role.unknown", name));
    }
    problems.throwIfAny();
    return ids;
  }
}
