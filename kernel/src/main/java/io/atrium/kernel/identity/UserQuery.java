package io.atrium.kernel.identity;

import io.atrium.sdk.identity.UserStatus;

/**
 * A filter over users.
 *
 * @param text part of the login name, display name, e-mail or mobile number, or empty
 * @param departmentId only members of this department (and its subtree when {@code subtree}), or null
 * @param subtree whether the department filter includes sub-departments
 * @param status only users with this status, or null
 * @param offset rows to skip
 * @param limit rows to return at most
 */
public record UserQuery(String text, Long departmentId, boolean subtree, UserStatus status, int offset, int limit) {

  /** Normalises and bounds the parts. */
  public UserQuery {
    text = text == null ? "" : text.strip();
    offset = Math.max(0, offset);
    limit = Math.max(1, Math.min(limit, 1000));
  }

  /** Everyone, first page. */
  public static UserQuery all(int limit) {
    return new UserQuery("", null, false, null, 0, limit);
  }
}
