package io.atrium.workflows.engine;

import io.atrium.sdk.identity.Department;
import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.identity.Person;
import java.util.HashMap;
import java.util.Map;

/**
 * The variables of conditions and expression rules: every record field by name, and
 * {@code submitter} with {@code id}, {@code username}, {@code displayName}, {@code departmentId},
 * {@code departmentName}, {@code position} and {@code managerId}. A field named {@code submitter}
 * is hidden by it.
 */
final class Variables {

  static final String SUBMITTER = "submitter";

  private Variables() {
  }

  /** The variables for a record and its submitter. */
  static Map<String, Object> of(Map<String, Object> fields, long submitterId, Directory directory) {
    Map<String, Object> variables = new HashMap<>(fields);
    variables.put(SUBMITTER, submitter(submitterId, directory));
    return variables;
  }

  private static Map<String, Object> submitter(long submitterId, Directory directory) {
    Map<String, Object> submitter = new HashMap<>();
    submitter.put("id", submitterId);
    directory.person(submitterId).ifPresent(person -> describe(person, directory, submitter));
    return submitter;
  }

  private static void describe(Person person, Directory directory, Map<String, Object> into) {
    into.put("username", person.username());
    into.put("displayName", person.displayName());
    into.put("departmentId", person.departmentId());
    into.put("departmentName", person.department().flatMap(directory::department).map(Department::name).orElse(null));
    into.put("position", person.position());
    into.put("managerId", person.managerId());
  }
}
