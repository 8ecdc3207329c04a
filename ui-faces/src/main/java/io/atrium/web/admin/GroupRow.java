package io.atrium.web.admin;

import java.io.Serializable;
import java.util.List;

/**
 * A group as the groups page lists it.
 *
 * @param id group id
 * @param name name
 * @param description what it is for, or null
 * @param members its members' names
 * @param roles the roles it grants
 */
public record GroupRow(long id, String name, String description, List<String> members, List<String> roles)
    implements Serializable {

  /** The members as one line. */
  public String membersText() {
    return String.join(", ", members);
  }

  /** The roles as one line. */
  public String rolesText() {
    return String.join(", ", roles);
  }
}
