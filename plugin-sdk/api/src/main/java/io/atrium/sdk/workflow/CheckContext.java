package io.atrium.sdk.workflow;

import java.util.Optional;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/** What a strategy may look at when it checks a rule before publishing. */
@ProviderType
public interface CheckContext {

  /** The field names of the records the process runs on; empty when they are not known (then do not check field names). */
  Optional<Set<String>> recordFields();
}
