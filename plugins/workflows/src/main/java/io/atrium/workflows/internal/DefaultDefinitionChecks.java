package io.atrium.workflows.internal;

import io.atrium.sdk.expression.Expressions;
import io.atrium.sdk.identity.Directory;
import io.atrium.workflows.approver.ApproverStrategies;
import io.atrium.workflows.definition.DefinitionChecks;
import io.atrium.workflows.definition.DefinitionProblem;
import io.atrium.workflows.definition.DefinitionValidator;
import io.atrium.workflows.definition.ProcessDefinition;
import io.atrium.workflows.definition.json.ProcessDefinitionJson;
import io.atrium.workflows.runtime.ContributedActions;
import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link DefinitionChecks} on the org chart and the platform's EL. */
@Component(service = DefinitionChecks.class)
public class DefaultDefinitionChecks implements DefinitionChecks {

  private final ProcessDefinitionJson json = new ProcessDefinitionJson();
  private final DefinitionValidator validator;

  /** Declarative Services injects the host services through this constructor. */
  @Activate
  public DefaultDefinitionChecks(@Reference Directory directory, @Reference Expressions expressions,
      @Reference ContributedActions actions) {
    this.validator = new DefinitionValidator(ApproverStrategies.builtIn(directory, expressions), expressions,
        actions.registry());
  }

  @Override
  public ProcessDefinition readPublishable(String text, Set<String> knownFields) {
    ProcessDefinition definition = json.read(text);
    validator.checkPublishable(definition, knownFields);
    return definition;
  }

  @Override
  public List<DefinitionProblem> problems(ProcessDefinition definition, Set<String> knownFields) {
    return validator.validate(definition, knownFields);
  }
}
