package io.atrium.workflows.approver;

import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.identity.Person;
import io.atrium.workflows.definition.ApproverRule;
import io.atrium.workflows.definition.DefinitionProblem;
import io.atrium.workflows.definition.ManagerChain;
import java.util.List;
import java.util.Set;

/** {@link ManagerChain}: the submitter's managers, nearest first. */
public final class ManagerChainStrategy implements ApproverStrategy {

  private final Directory directory;

  /** Creates the strategy. */
  public ManagerChainStrategy(Directory directory) {
    this.directory = directory;
  }

  @Override
  public String type() {
    return ManagerChain.TYPE;
  }

  @Override
  public List<Long> resolve(ApproverRule rule, ApproverContext context) {
    int levels = ((ManagerChain) rule).levels();
    return directory.managerChain(context.submitterId(), levels == 0 ? Limits.MAX_LEVELS : levels).stream()
        .map(Person::id)
        .toList();
  }

  @Override
  public List<DefinitionProblem> check(ApproverRule rule, String path, Set<String> knownFields) {
    int levels = ((ManagerChain) rule).levels();
    if (levels < 0 || levels > Limits.MAX_LEVELS) {
      return List.of(DefinitionProblem.of(path + ".levels", "workflows.definition.levelsRange", levels, Limits.MAX_LEVELS));
    }
    return List.of();
  }
}
