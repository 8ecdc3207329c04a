package io.atrium.workflows.approver;

import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.workflow.ApproverContext;
import java.util.Collections;
import java.util.Map;

/**
 * {@link ApproverContext} over the engine's maps: read-only views, so a field that an automation
 * node set earlier in the same step is seen.
 */
public record RuleContext(long submitterId, String recordRef, Map<String, Object> fields, Map<String, Object> variables,
    Directory directory) implements ApproverContext {

  /** Wraps the maps in read-only views. */
  public RuleContext {
    fields = fields == null ? Map.of() : Collections.unmodifiableMap(fields);
    variables = variables == null ? Map.of() : Collections.unmodifiableMap(variables);
  }
}
