package io.atrium.web.admin;

import java.io.Serializable;
import java.util.List;

/**
 * A person as the people list shows them.
 *
 * @param id user id
 * @param username login name
 * @param displayName name
 * @param email e-mail, or null
 * @param mobile mobile number, or null
 * @param departmentName main department, or null
 * @param position job title, or null
 * @param managerName direct manager's name, or null
 * @param status status name
 * @param source the outside directory they come from, or null
 * @param roles the roles they hold directly
 */
public record UserRow(long id, String username, String displayName, String email, String mobile,
    String departmentName, String position, String managerName, String status, String source, List<String> roles)
    implements Serializable {

  /** The roles as one line. */
  public String rolesText() {
    return String.join(", ", roles);
  }

  /** The PrimeFaces tag severity that colours the status. */
  public String severity() {
    return switch (status) {
      case "ACTIVE" -> "success";
      case "DISABLED" -> "warning";
      default -> "secondary";
    };
  }
}
