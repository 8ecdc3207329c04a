package io.atrium.benchmarks;

import io.atrium.kernel.security.policy.CompiledPolicy;
import io.atrium.kernel.security.policy.RoleRecord;
import io.atrium.sdk.security.FieldAccess;
import io.atrium.sdk.security.RowFilter;
import io.atrium.sdk.security.RowScope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The access work of rendering one list page — the side menu's permission checks, the row filter,
 * then every row's visibility and every column's field access — for an administrator (one role
 * granting {@code *}) and for a member holding 20 roles with permissions, scopes and field rules.
 * The policy comes from a per-user cache, as on the server.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PolicyBenchmark {

  private static final String RESOURCE = "forms:leads";
  private static final int ROWS = 50;
  private static final List<String> FIELDS = List.of("name", "phone", "email", "region", "industry", "owner",
      "source", "stage", "amount", "createdAt", "updatedAt", "remark");
  private static final List<String> MENU = List.of("atrium:plugins:view", "atrium:users:view", "atrium:roles:manage",
      "atrium:audit:view", "forms:leads:view", "forms:orders:view", "workflows:tasks:view", "reports:dashboards:view",
      "projects:projects:view", "documents:libraries:view");

  /** Who renders the page. */
  @Param({"admin", "member"})
  public String who;

  private final Map<Long, CompiledPolicy> cache = new ConcurrentHashMap<>();
  private long userId;
  private long[] owners;
  private long[] departments;

  @Setup
  public void setUp() {
    userId = who.equals("admin") ? 1 : 2;
    cache.put(1L, new CompiledPolicy(1, 10L, List.of(new RoleRecord(1, "admin", null, true, List.of("*"), Map.of(),
        Map.of())), PolicyBenchmark::subtree));
    cache.put(2L, new CompiledPolicy(2, 10L, memberRoles(), PolicyBenchmark::subtree));
    owners = new long[ROWS];
    departments = new long[ROWS];
    for (int i = 0; i < ROWS; i++) {
      owners[i] = i % 7;
      // every row lies in the member's department tree, so both render the same 50 rows
      departments[i] = 10 + i % 3;
    }
  }

  private static Set<Long> subtree(long department) {
    return Set.of(department, department + 1, department + 2);
  }

  /** Twenty roles as a real company would set them up: a few permissions, scopes and field rules each. */
  static List<RoleRecord> memberRoles() {
    List<RoleRecord> roles = new ArrayList<>();
    String[] plugins = {"forms", "workflows", "reports", "projects", "documents"};
    for (int i = 0; i < 20; i++) {
      String plugin = plugins[i % plugins.length];
      List<String> permissions = List.of(plugin + ":object" + i + ":view", plugin + ":object" + i + ":edit",
          "forms:leads:view", plugin + ":*:export");
      Map<String, Map<String, RowScope>> scopes = new LinkedHashMap<>();
      scopes.put(RESOURCE, Map.of("view", i % 4 == 0 ? RowScope.DEPARTMENT_TREE : RowScope.OWN));
      scopes.put(plugin + ":object" + i, Map.of("view", RowScope.DEPARTMENT));
      Map<String, Map<String, FieldAccess>> fields = new LinkedHashMap<>();
      fields.put(RESOURCE, Map.of(FIELDS.get(i % FIELDS.size()), i % 3 == 0 ? FieldAccess.HIDDEN : FieldAccess.READ));
      roles.add(new RoleRecord(100 + i, "role" + i, null, false, permissions, scopes, fields));
    }
    return roles;
  }

  @Benchmark
  public void renderListPage(Blackhole out) {
    CompiledPolicy policy = cache.get(userId);
    for (String permission : MENU) {
      out.consume(policy.isPermitted(permission));
    }
    RowFilter rows = policy.rows(RESOURCE, "view");
    out.consume(rows);
    for (int row = 0; row < ROWS; row++) {
      if (rows.permits(owners[row], departments[row])) {
        for (String field : FIELDS) {
          out.consume(policy.field(RESOURCE, field));
        }
      }
    }
  }
}
