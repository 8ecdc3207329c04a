package io.atrium.workflows.definition;

import io.atrium.sdk.workflow.RuleConfig;
import java.util.Map;
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

  @Override
  public RuleConfig config() {
    return new RuleConfig(TYPE, Map.of("field", field));
  }
}
