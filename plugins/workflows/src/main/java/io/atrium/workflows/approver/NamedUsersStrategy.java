package io.atrium.workflows.approver;

import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.identity.Person;
import io.atrium.workflows.definition.ApproverRule;
import io.atrium.workflows.definition.DefinitionProblem;
import io.atrium.workflows.definition.NamedUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@link NamedUsers}: the people as listed. */
public final class NamedUsersStrategy implements ApproverStrategy {

  private final Directory directory;

  /** Creates the strategy. */
  public NamedUsersStrategy(Directory directory) {
    this.directory = directory;
  }

  @Override
  public String type() {
    return NamedUsers.TYPE;
  }

  @Override
  public List<Long> resolve(ApproverRule rule, ApproverContext context) {
    return ((NamedUsers) rule).userIds();
  }

  @Override
  public List<DefinitionProblem> check(ApproverRule rule, String path, Set<String> knownFields) {
    List<Long> ids = ((NamedUsers) rule).userIds();
    if (ids.isEmpty()) {
      return List.of(DefinitionProblem.of(path + ".users", "workflows.definition.noUsers"));
    }
    List<Long> active = directory.people(ids).stream().filter(Person::active).map(Person::id).toList();
    List<DefinitionProblem> problems = new ArrayList<>();
    if (active.isEmpty()) {
      problems.add(DefinitionProblem.of(path + ".users", "workflows.definition.noActiveUser", ids));
    }
    return problems;
  }
}
