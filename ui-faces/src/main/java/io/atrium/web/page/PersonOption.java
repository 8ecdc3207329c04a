package io.atrium.web.page;

import io.atrium.kernel.identity.UserRecord;
import java.io.Serializable;
import java.util.Objects;

/** A person offered by a people picker: id, name and login name. */
public final class PersonOption implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final String displayName;
  private final String username;

  /** Creates the option. */
  public PersonOption(long id, String displayName, String username) {
    this.id = id;
    this.displayName = displayName;
    this.username = username;
  }

  /** The option of a stored user. */
  public static PersonOption of(UserRecord user) {
    return new PersonOption(user.id(), user.displayName(), user.username());
  }

  public long getId() {
    return id;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getUsername() {
    return username;
  }

  /** What the picker shows: {@code 张三 (zhangsan)}. */
  public String getLabel() {
    return displayName + " (" + username + ")";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PersonOption option && option.id == id;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id);
  }

  @Override
  public String toString() {
    return getLabel();
  }
}
