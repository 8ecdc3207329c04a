package io.atrium.sdk.testkit;

import io.atrium.sdk.security.AccessService;
import io.atrium.sdk.security.FieldAccess;
import io.atrium.sdk.security.RowFilter;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The access service of a test: every row and every field is open unless the test narrows them,
 * so a plugin's unit test can check that it honours row filters and field access.
 *
 * <pre>{@code
 * kit.access().rows("forms:leads", "view", Set.of(kit.user().userId().orElseThrow()), Set.of());
 * kit.access().field("forms:leads", "phone", FieldAccess.HIDDEN);
 * }</pre>
 */
public final class TestAccess implements AccessService {

  private final Map<String, RowFilter> rows = new ConcurrentHashMap<>();
  private final Map<String, FieldAccess> fields = new ConcurrentHashMap<>();
  private final Map<Long, Set<String>> granted = new ConcurrentHashMap<>();
  private final Map<String, RowFilter> userRows = new ConcurrentHashMap<>();

  TestAccess() {
  }

  /** Limits the rows of an action on a resource to some owners and departments. */
  public TestAccess rows(String resource, String action, Set<Long> ownerIds, Set<Long> departmentIds) {
    rows.put(resource + '\u0000' + action, new Filter(false, Set.copyOf(ownerIds), Set.copyOf(departmentIds)));
    return this;
  }

  /** Sets the access to one field of a resource. */
  public TestAccess field(String resource, String field, FieldAccess access) {
    fields.put(resource + '\u0000' + field, access);
    return this;
  }

  /** Gives another user (not the caller) these permissions, for {@link #isPermitted(long, String)}. */
  public TestAccess grant(long userId, String... permissions) {
    granted.computeIfAbsent(userId, k -> ConcurrentHashMap.newKeySet()).addAll(Set.of(permissions));
    return this;
  }

  /** Limits the rows another user reaches, for {@link #rowsOf}; otherwise they reach every row. */
  public TestAccess rowsOf(long userId, String resource, String action, Set<Long> ownerIds, Set<Long> departmentIds) {
    userRows.put(userId + "\u0000" + resource + '\u0000' + action, new Filter(false, Set.copyOf(ownerIds),
        Set.copyOf(departmentIds)));
    return this;
  }

  @Override
  public boolean isPermitted(long userId, String permission) {
    return granted.getOrDefault(userId, Set.of()).contains(permission);
  }

  @Override
  public RowFilter rowsOf(long userId, String resource, String action) {
    return userRows.getOrDefault(userId + "\u0000" + resource + '\u0000' + action, Filter.ALL);
  }

  @Override
  public RowFilter rows(String resource, String action) {
    return rows.getOrDefault(resource + '\u0000' + action, Filter.ALL);
  }

  @Override
  public FieldAccess field(String resource, String field) {
    return fields.getOrDefault(resource + '\u0000' + field, FieldAccess.WRITE);
  }

  private record Filter(boolean all, Set<Long> ownerIds, Set<Long> departmentIds) implements RowFilter {
    static final Filter ALL = new Filter(true, Set.of(), Set.of());
  }
}
