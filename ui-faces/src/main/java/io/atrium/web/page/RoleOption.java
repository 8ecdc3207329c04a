package io.atrium.web.page;

import io.atrium.kernel.security.policy.RoleRecord;
import java.io.Serializable;

/**
 * A role offered by the role checkboxes of the people and group dialogs.
 *
 * @param id role id
 * @param name role name
 * @param description what it is for, or null
 */
public record RoleOption(long id, String name, String description) implements Serializable {

  /** The option of a stored role. */
  public static RoleOption of(RoleRecord role) {
    return new RoleOption(role.id(), role.name(), role.description());
  }

  /** The name with the description, for the checkbox label. */
  public String label() {
    return description == null || description.isBlank() ? name : name + " – " + description;
  }
}
