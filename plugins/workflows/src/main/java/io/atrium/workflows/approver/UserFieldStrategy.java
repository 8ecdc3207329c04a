package io.atrium.workflows.approver;

import io.atrium.sdk.identity.Directory;
import io.atrium.workflows.definition.ApproverRule;
import io.atrium.workflows.definition.DefinitionProblem;
import io.atrium.workflows.definition.UserField;
import java.util.List;
import java.util.Set;

/** {@link UserField}: the people in a user field of the record. */
public final class UserFieldStrategy implements ApproverStrategy {

  private final Directory directory;

  /** Creates the strategy. */
  public UserFieldStrategy(Directory directory) {
    this.directory = directory;
  }

  @Override
  public String type() {
    return UserField.TYPE;
  }

  @Override
  public List<Long> resolve(ApproverRule rule, ApproverContext context) {
    return PeopleValues.ids(context.fields().get(((UserField) rule).field()), directory);
  }

  @Override
  public List<DefinitionProblem> check(ApproverRule rule, String path, Set<String> knownFields) {
    String field = ((UserField) rule).field();
    return FieldChecks.field(field, path + ".field", knownFields);
  }
}
