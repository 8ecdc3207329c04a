package io.atrium.sdk.security;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Host service: row and field access of the calling user, so that pages, REST, exports, reports
 * and search all enforce the same rules. A resource is named {@code <pluginId>:<object>} (for
 * example {@code forms:leads}); actions are the last part of its permissions ({@code view},
 * {@code edit}, {@code delete}, {@code export}).
 *
 * <p>Rules: a user reaches the rows of the widest scope any of their roles grants for the action
 * (a role holding the permission {@code <resource>:<action>} without a scope reaches every row); a
 * field's access is the widest any role grants, by default {@code WRITE} with the {@code edit}
 * permission, {@code READ} with {@code view}, else {@code HIDDEN}. Answers come from a policy
 * compiled per user, so calling these for every row and field is cheap.
 */
@ProviderType
public interface AccessService {

  /** The rows of {@code resource} the caller reaches for {@code action}. */
  RowFilter rows(String resource, String action);

  /** The caller's access to one field of a resource. */
  FieldAccess field(String resource, String field);

  /**
   * Whether another user holds a permission: for deciding whom to tell about something (a
   * mention, a share), never for deciding what the caller may do.
   *
   * @since 1.1
   */
  boolean isPermitted(long userId, String permission);

  /**
   * The rows of {@code resource} another user reaches for {@code action}; with
   * {@link #isPermitted(long, String)}, whether they may see a record the caller is about to
   * point them to.
   *
   * @since 1.1
   */
  RowFilter rowsOf(long userId, String resource, String action);

  /** The caller's access to several fields, in the order given. */
  default Map<String, FieldAccess> fields(String resource, Collection<String> fields) {
    Map<String, FieldAccess> access = new LinkedHashMap<>();
    for (String field : fields) {
      access.put(field, field(resource, field));
    }
    return access;
  }
}
