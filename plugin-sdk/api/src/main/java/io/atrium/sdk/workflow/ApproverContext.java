package io.atrium.sdk.workflow;

import io.atrium.sdk.identity.Directory;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/** What a strategy may look at when it resolves a rule; made by the engine for one node entry. */
@ProviderType
public interface ApproverContext {

  /** The user id of the person who started the process. */
  long submitterId();

  /** The record the process runs on, in the engine's terms (e.g. {@code forms:expense:42}). */
  String recordRef();

  /** The record's fields by name, as they are now; read-only, values may be null. */
  Map<String, Object> fields();

  /**
   * The variables expressions see: the fields, and {@code submitter} with {@code id},
   * {@code username}, {@code displayName}, {@code departmentId}, {@code departmentName},
   * {@code position} and {@code managerId}; read-only.
   */
  Map<String, Object> variables();

  /** The org chart. */
  Directory directory();
}
