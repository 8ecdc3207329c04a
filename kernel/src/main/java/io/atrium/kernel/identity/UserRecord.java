package io.atrium.kernel.identity;

import io.atrium.sdk.identity.Person;
import io.atrium.sdk.identity.UserStatus;
import java.time.Instant;

/**
 * A user as the kernel stores it.
 *
 * @param id user id
 * @param username login name
 * @param displayName name shown
 * @param email e-mail, or null
 * @param mobile mobile number, or null
 * @param departmentId main department, or null
 * @param position job title, or null
 * @param managerId direct manager, or null
 * @param status active, disabled or left
 * @param locale preferred language tag ({@code zh-CN}, {@code en}), or null
 * @param externalSource the directory the user comes from ({@code ldap}, a plugin's source id), or null
 * @param hasPassword whether the user can sign in with an Atrium password
 * @param createdAt when created
 * @param version optimistic-lock version
 */
public record UserRecord(long id, String username, String displayName, String email, String mobile, Long departmentId,
    String position, Long managerId, UserStatus status, String locale, String externalSource, boolean hasPassword,
    Instant createdAt, long version) {

  /** The SDK view of the user. */
  public Person person() {
    return new Person(id, username, displayName, email, mobile, departmentId, position, managerId, status);
  }
}
