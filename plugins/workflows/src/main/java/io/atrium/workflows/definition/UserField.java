package io.atrium.workflows.definition;

import java.util.Objects;

/** The people named in a user field of the record (a user id, a login name, or a list of them). */
public record UserField(String field) implements ApproverRule {

  public static final String TYPE = "userField";

  /** Checks the field. */
  public UserField {
    Objects.requireNonNull(field, "field");
  }

  @Override
  public String type() {
    return TYPE;
  }
}
