package io.atrium.workflows.approver;

import io.atrium.sdk.workflow.CheckContext;
import java.util.Optional;
import java.util.Set;

/** {@link CheckContext} of one validation: the record's field names, or null when not known. */
record RuleCheck(Set<String> knownFields) implements CheckContext {

  @Override
  public Optional<Set<String>> recordFields() {
    return Optional.ofNullable(knownFields);
  }
}
