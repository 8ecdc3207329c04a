package io.atrium.workflows;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Short builders of definition JSON, so that each test shows its process on a few lines. */
public final class Flows {

  private Flows() {
  }

  /** A process: a start node, the nodes, an end node; {@code admin} is its admin. */
  public static String process(String key, long admin, String... nodes) {
    return "{\"key\": \"" + key + "\", \"version\": 1, \"name\": \"" + key + "\", \"admins\": [" + admin + "],"
        + " \"nodes\": [{\"id\": \"start\", \"type\": \"start\", \"name\": \"Submit\"}"
        + Arrays.stream(nodes).map(n -> ", " + n).collect(Collectors.joining())
        + ", {\"id\": \"end\", \"type\": \"end\", \"name\": \"End\"}]}";
  }

  /** An approver node; {@code more} are extra properties such as {@code "mode": "countersign"}. */
  public static String approver(String id, String rule, String... more) {
    return "{\"id\": \"" + id + "\", \"type\": \"approver\", \"name\": \"" + id + "\", \"approvers\": " + rule
        + Arrays.stream(more).map(m -> ", " + m).collect(Collectors.joining()) + "}";
  }

  /** A handler node. */
  public static String handler(String id, String rule, String... more) {
    return "{\"id\": \"" + id + "\", \"type\": \"handler\", \"name\": \"" + id + "\", \"handlers\": " + rule
        + Arrays.stream(more).map(m -> ", " + m).collect(Collectors.joining()) + "}";
  }

  /** A CC node. */
  public static String cc(String id, String rule) {
    return "{\"id\": \"" + id + "\", \"type\": \"cc\", \"name\": \"" + id + "\", \"recipients\": " + rule + "}";
  }

  /** A condition node of branches made with {@link #when} and {@link #otherwise}. */
  public static String condition(String id, String... branches) {
    return "{\"id\": \"" + id + "\", \"type\": \"condition\", \"name\": \"" + id + "\", \"branches\": ["
        + String.join(", ", branches) + "]}";
  }

  /** A parallel node of branches made with {@link #branch}. */
  public static String parallel(String id, String... branches) {
    return "{\"id\": \"" + id + "\", \"type\": \"parallel\", \"name\": \"" + id + "\", \"branches\": ["
        + String.join(", ", branches) + "]}";
  }

  /** A conditional branch. */
  public static String when(String id, String condition, String... nodes) {
    return "{\"id\": \"" + id + "\", \"name\": \"" + id + "\", \"when\": \"" + condition + "\", \"nodes\": ["
        + String.join(", ", nodes) + "]}";
  }

  /** A default branch. */
  public static String otherwise(String id, String... nodes) {
    return "{\"id\": \"" + id + "\", \"name\": \"" + id + "\", \"default\": true, \"nodes\": [" + String.join(", ", nodes)
        + "]}";
  }

  /** A parallel branch. */
  public static String branch(String id, String... nodes) {
    return "{\"id\": \"" + id + "\", \"name\": \"" + id + "\", \"nodes\": [" + String.join(", ", nodes) + "]}";
  }

  /** The rule naming people. */
  public static String users(long... ids) {
    return "{\"type\": \"users\", \"users\": [" + Arrays.stream(ids).mapToObj(Long::toString)
        .collect(Collectors.joining(", ")) + "]}";
  }

  /** The rule naming a role's holders. */
  public static String role(String role) {
    return "{\"type\": \"roles\", \"roles\": [\"" + role + "\"]}";
  }
}
