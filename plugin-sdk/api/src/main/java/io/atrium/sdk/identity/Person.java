package io.atrium.sdk.identity;

import java.util.Optional;

/**
 * A person in the directory.
 *
 * @param id the user id
 * @param username the login name
 * @param displayName the name shown to others
 * @param email e-mail address, or null
 * @param mobile mobile phone number, or null
 * @param departmentId the main department, or null
 * @param position job title, or null
 * @param managerId the direct manager's user id, or null
 * @param status whether the person is active
 */
public record Person(long id, String username, String displayName, String email, String mobile, Long departmentId,
    String position, Long managerId, UserStatus status) {

  /** Whether the person can sign in and receive work. */
  public boolean active() {
    return status == UserStatus.ACTIVE;
  }

  /** The main department, if any. */
  public Optional<Long> department() {
    return Optional.ofNullable(departmentId);
  }

  /** The direct manager, if any. */
  public Optional<Long> manager() {
    return Optional.ofNullable(managerId);
  }
}
