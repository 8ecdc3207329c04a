package io.atrium.workflows.definition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The field permissions of an approver or handler node: a field not named is {@link FieldAccess#READ}.
 *
 * @param fields field name to what the node's people may do with it
 */
public record FieldRights(Map<String, FieldAccess> fields) {

  /** Every field readable. */
  public static final FieldRights NONE = new FieldRights(Map.of());

  /** Freezes the map, keeping its order. */
  public FieldRights {
    fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** The rights of a node: its own for approvers and handlers (a handler's writable fields too), else none. */
  public static FieldRights at(Node node) {
    if (node instanceof ApproverNode approver) {
      return approver.fields();
    }
    if (node instanceof HandlerNode handler) {
      Map<String, FieldAccess> merged = new LinkedHashMap<>(handler.fields().fields());
      handler.writableFields().forEach(name -> merged.put(name, FieldAccess.WRITE));
      return new FieldRights(merged);
    }
    return NONE;
  }

  /** What may be done with a field. */
  public FieldAccess access(String field) {
    return fields.getOrDefault(field, FieldAccess.READ);
  }

  /** The fields that may be changed, in order. */
  public List<String> writable() {
    return fields.entrySet().stream().filter(e -> e.getValue() == FieldAccess.WRITE).map(Map.Entry::getKey).toList();
  }

  /** Whether every field is readable and none writable. */
  public boolean isNone() {
    return fields.values().stream().allMatch(a -> a == FieldAccess.READ);
  }
}
