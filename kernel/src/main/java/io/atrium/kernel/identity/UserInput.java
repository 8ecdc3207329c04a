package io.atrium.kernel.identity;

import io.atrium.sdk.identity.UserStatus;

/**
 * What an administrator (or an import, or a directory sync) sets on a user. On update, null
 * fields keep their value; an empty string clears an optional text.
 *
 * @param username login name
 * @param displayName name shown
 * @param email e-mail
 * @param mobile mobile number
 * @param departmentId main department; 0 clears it
 * @param position job title
 * @param managerId direct manager; 0 clears it
 * @param status active, disabled or left
 * @param locale preferred language tag
 * @param password a new password (checked against the password policy), or null
 */
public record UserInput(String username, String displayName, String email, String mobile, Long departmentId,
    String position, Long managerId, UserStatus status, String locale, String password) {

  /** A copy without the password, for logs and audit entries. */
  public UserInput withoutPassword() {
    return new UserInput(username, displayName, email, mobile, departmentId, position, managerId, status, locale, null);
  }
}
