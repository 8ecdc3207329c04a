package io.atrium.kernel.security.policy;

import io.atrium.sdk.security.FieldAccess;
import io.atrium.sdk.security.RowScope;
import java.util.List;
import java.util.Map;

/**
 * A role: permissions it grants, the row scope per resource and action, and field access per
 * resource and field.
 *
 * @param id role id
 * @param name unique name
 * @param description what it is for, or null
 * @param builtIn whether Atrium created it (cannot be deleted)
 * @param permissions granted permission patterns
 * @param scopes resource to action to row scope
 * @param fields resource to field to access
 */
public record RoleRecord(long id, String name, String description, boolean builtIn, List<String> permissions,
    Map<String, Map<String, RowScope>> scopes, Map<String, Map<String, FieldAccess>> fields) {
}
