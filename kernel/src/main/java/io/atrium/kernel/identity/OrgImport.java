package io.atrium.kernel.identity;

import io.atrium.kernel.i18n.Message;
import io.atrium.kernel.security.policy.RoleAdmin;
import io.atrium.kernel.security.policy.RoleStore;
import io.atrium.kernel.validation.FieldProblem;
import io.atrium.sdk.identity.UserStatus;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.table.Spreadsheets;
import io.atrium.sdk.table.TableRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Imports people and departments from a spreadsheet (CSV or Excel), read through the host's
 * {@link Spreadsheets} as the forms import reads its files: the content must be what the file's
 * name says. The whole file is checked first and every problem is reported with its row and
 * column; only a file without problems is written, in one transaction — nothing is ever half
 * imported. Existing people (same login name) are updated, departments given as paths
 * ({@code 总部/市场部}) are created when missing.
 */
public final class OrgImport {

  /** The columns, each recognised by its English or Chinese header. */
  enum Column {
    USERNAME("username", "login", "登录名", "账号", "用户名"),
    DISPLAY_NAME("displayname", "name", "姓名", "名称", "显示名"),
    EMAIL("email", "e-mail", "邮箱", "电子邮件"),
    MOBILE("mobile", "phone", "手机", "手机号", "电话"),
    DEPARTMENT("department", "部门"),
    POSITION("position", "title", "职位", "岗位"),
    MANAGER("manager", "上级", "直属上级"),
    STATUS("status", "状态"),
    ROLES("roles", "role", "角色"),
    PASSWORD("password", "初始密码", "密码");

    final List<String> headers;

    Column(String... headers) {
      this.headers = List.of(headers);
    }

    /** The field name the problems of this column carry. */
    String field() {
      return switch (this) {
        case USERNAME -> "username";
        case DISPLAY_NAME -> "displayName";
        case EMAIL -> "email";
        case MOBILE -> "mobile";
        case DEPARTMENT -> "department";
        case POSITION -> "position";
        case MANAGER -> "manager";
        case STATUS -> "status";
        case ROLES -> "roles";
        case PASSWORD -> "password";
      };
    }

    static Optional<Column> of(String header) {
      String key = header.strip().toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "");
      for (Column column : values()) {
        if (column.headers.contains(key)) {
          return Optional.of(column);
        }
      }
      return Optional.empty();
    }
  }

  /** What happens to one row. */
  public enum Action {
    /** A new person. */
    CREATE,
    /** An existing person, changed. */
    UPDATE,
    /** The row has problems; nothing is written. */
    ERROR,
    /** An empty row, skipped. */
    SKIP
  }

  /**
   * One row of the report.
   *
   * @param row the row number as the spreadsheet shows it
   * @param username the login name in the row
   * @param action what happens to it
   * @param problems what is wrong with it
   */
  public record RowResult(int row, String username, Action action, List<FieldProblem> problems) {
  }

  /**
   * The outcome of an import.
   *
   * @param committed whether anything was written (only when asked to and the file had no problems)
   * @param rows every row
   * @param fileProblems problems of the file as a whole (unreadable, no header, missing columns)
   * @param departmentsCreated paths of the departments that are (or would be) created
   */
  public record Report(boolean committed, List<RowResult> rows, List<Message> fileProblems,
      List<String> departmentsCreated) {

    /** Whether the file can be imported as it is. */
    public boolean clean() {
      return fileProblems.isEmpty() && rows.stream().noneMatch(r -> r.action() == Action.ERROR);
    }

    /** How many rows create, update or fail. */
    public long count(Action action) {
      return rows.stream().filter(r -> r.action() == action).count();
    }
  }

  /** Writes an Excel template with the columns the import reads and an example row. */
  public static void writeTemplate(java.io.OutputStream out) throws java.io.IOException {
    try (org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "Atrium", "1.0")) {
      org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet("people");
      String[] headers = {"登录名", "姓名", "邮箱", "手机", "部门", "职位", "上级", "状态", "角色", "初始密码"};
      String[] example = {"zhangsan", "张三", "zhangsan@example.com", "13800000000", "总部/市场部", "经理", "", "在职",
          "", ""};
      for (int i = 0; i < headers.length; i++) {
        sheet.value(0, i, headers[i]);
        sheet.style(0, i).bold().set();
        sheet.value(1, i, example[i]);
        sheet.width(i, 16);
      }
    }
  }

  private record Planned(TableRow line, UserInput input, UserRecord existing, List<String> departmentPath,
      String managerUsername, List<Long> roleIds, boolean rolesGiven) {
  }

  private final IdentityStore store;
  private final OrgAdmin org;
  private final RoleStore roles;
  private final RoleAdmin roleAdmin;
  private final Transactions transactions;
  private final Spreadsheets spreadsheets;

  /** Creates the importer. */
  public OrgImport(IdentityStore store, OrgAdmin org, RoleStore roles, RoleAdmin roleAdmin, Transactions transactions,
      Spreadsheets spreadsheets) {
    this.store = store;
    this.org = org;
    this.roles = roles;
    this.roleAdmin = roleAdmin;
    this.transactions = transactions;
    this.spreadsheets = spreadsheets;
  }

  /**
   * Checks a file and, when {@code commit} is set and it has no problems, imports it.
   *
   * @param content the uploaded bytes
   * @param fileName the file's name ({@code .csv}, {@code .txt} or {@code .xlsx}); null when the
   *     uploader gave none, then the kind is told by the content alone
   */
  public Report run(byte[] content, String fileName, boolean commit) {
    return run(content, fileName, commit, true);
  }

  /**
   * Checks and imports a file; {@code mayGrantRoles} false turns a filled roles column into
   * row problems (the caller lacks the permission to grant roles).
   */
  public Report run(byte[] content, String fileName, boolean commit, boolean mayGrantRoles) {
    List<TableRow> lines;
    try {
      lines = OrgImportFile.rows(spreadsheets, content, fileName);
    } catch (OrgImportFile.Refused e) {
      return new Report(false, List.of(), List.of(e.problem()), List.of());
    }
    if (lines.isEmpty()) {
      return new Report(false, List.of(), List.of(Message.of("import.file.empty")), List.of());
    }
    Map<Column, Integer> columns = new LinkedHashMap<>();
    List<Message> fileProblems = new ArrayList<>();
    TableRow header = lines.get(0);
    for (int i = 0; i < header.cells().size(); i++) {
      int index = i;
      String text = header.cells().get(i);
      if (text.isBlank()) {
        continue;
      }
      Column.of(text).ifPresentOrElse(column -> {
        if (columns.putIfAbsent(column, index) != null) {
          fileProblems.add(Message.of("import.header.twice", text));
        }
      }, () -> fileProblems.add(Message.of("import.header.unknown", text)));
    }
    if (!columns.containsKey(Column.USERNAME) || !columns.containsKey(Column.DISPLAY_NAME)) {
      fileProblems.add(Message.of("import.header.required"));
    }
    if (!fileProblems.isEmpty()) {
      return new Report(false, List.of(), fileProblems, List.of());
    }

    List<RowResult> results = new ArrayList<>();
    List<Planned> plan = new ArrayList<>();
    Map<String, Integer> usernamesInFile = new HashMap<>();
    Set<String> newDepartments = new LinkedHashSet<>();
    OrgTree tree = new OrgTree(store.departments());
    for (TableRow line : lines.subList(1, lines.size())) {
      if (line.blank()) {
        results.add(new RowResult(line.number(), "", Action.SKIP, List.of()));
        continue;
      }
      List<FieldProblem> problems = new ArrayList<>();
      String username = cell(line, columns, Column.USERNAME);
      Integer earlier = usernamesInFile.putIfAbsent(username.toLowerCase(Locale.ROOT), line.number());
      if (earlier != null && !username.isEmpty()) {
        problems.add(new FieldProblem("username", Message.of("import.username.twice", username, earlier)));
      }
      Optional<UserRecord> existing = username.isEmpty() ? Optional.empty() : store.userByUsername(username);
      UserStatus status = null;
      String statusText = cell(line, columns, Column.STATUS);
      if (!statusText.isEmpty()) {
        status = status(statusText);
        if (status == null) {
          problems.add(new FieldProblem("status", Message.of("import.status.unknown", statusText)));
        }
      }
      String password = cell(line, columns, Column.PASSWORD);
      // an empty cell keeps what an existing person has
      UserInput input = new UserInput(username.isEmpty() ? null : username, given(line, columns, Column.DISPLAY_NAME),
          given(line, columns, Column.EMAIL), given(line, columns, Column.MOBILE), null,
          given(line, columns, Column.POSITION), null, status, null, password.isEmpty() ? null : password);
      problems.addAll(org.problemsOf(input, existing.orElse(null)));

      List<String> path = departmentPath(cell(line, columns, Column.DEPARTMENT));
      for (String part : path) {
        if (part.length() > 200) {
          problems.add(new FieldProblem("department", Message.of("validation.length.max", 200)));
        }
      }
      if (!path.isEmpty() && find(tree, path).isEmpty()) {
        newDepartments.add(String.join(" / ", path));
      }
      List<Long> roleIds = new ArrayList<>();
      String roleText = cell(line, columns, Column.ROLES);
      if (!roleText.isBlank() && !mayGrantRoles) {
        problems.add(new FieldProblem("roles", Message.of("import.roles.forbidden")));
      }
      for (String role : roleText.split("[,，、;；]")) {
        if (!role.isBlank()) {
          roles.roleId(role.strip()).ifPresentOrElse(roleIds::add, () -> problems.add(new FieldProblem("roles",
              Message.of("validation.role.unknown", role.strip()))));
        }
      }
      String manager = cell(line, columns, Column.MANAGER);
      results.add(new RowResult(line.number(), username, problems.isEmpty()
          ? existing.isPresent() ? Action.UPDATE : Action.CREATE : Action.ERROR, problems));
      plan.add(new Planned(line, input, existing.orElse(null), path, manager, roleIds, !roleText.isBlank()));
    }
    checkManagers(plan, usernamesInFile, results);

    boolean clean = results.stream().noneMatch(r -> r.action() == Action.ERROR);
    if (!commit || !clean) {
      return new Report(false, results, List.of(), List.copyOf(newDepartments));
    }
    transactions.required(() -> {
      apply(plan);
      return null;
    });
    return new Report(true, results, List.of(), List.copyOf(newDepartments));
  }

  /** A manager is an existing person or one in the file, and nobody ends up managing themselves. */
  private void checkManagers(List<Planned> plan, Map<String, Integer> usernamesInFile, List<RowResult> results) {
    Map<String, String> managerOf = new HashMap<>();
    for (Planned planned : plan) {
      if (!planned.managerUsername().isEmpty() && planned.input().username() != null) {
        managerOf.put(planned.input().username().toLowerCase(Locale.ROOT),
            planned.managerUsername().toLowerCase(Locale.ROOT));
      }
    }
    for (Planned planned : plan) {
      String manager = planned.managerUsername();
      if (manager.isEmpty() || planned.input().username() == null) {
        continue;
      }
      List<FieldProblem> problems = new ArrayList<>();
      String key = manager.toLowerCase(Locale.ROOT);
      if (!usernamesInFile.containsKey(key) && store.userByUsername(manager).isEmpty()) {
        problems.add(new FieldProblem("manager", Message.of("import.manager.unknown", manager)));
      } else if (loops(planned.input().username().toLowerCase(Locale.ROOT), managerOf)) {
        problems.add(new FieldProblem("manager", Message.of("import.manager.cycle", manager)));
      }
      if (!problems.isEmpty()) {
        int index = indexOf(results, planned.line().number());
        RowResult old = results.get(index);
        List<FieldProblem> all = new ArrayList<>(old.problems());
        all.addAll(problems);
        results.set(index, new RowResult(old.row(), old.username(), Action.ERROR, all));
      }
    }
  }

  private static boolean loops(String start, Map<String, String> managerOf) {
    Set<String> seen = new HashSet<>();
    String current = managerOf.get(start);
    while (current != null && seen.add(current)) {
      if (current.equals(start)) {
        return true;
      }
      current = managerOf.get(current);
    }
    return false;
  }

  private static int indexOf(List<RowResult> results, int row) {
    for (int i = 0; i < results.size(); i++) {
      if (results.get(i).row() == row) {
        return i;
      }
    }
    throw new IllegalStateException("No result for row " + row);
  }

  private void apply(List<Planned> plan) {
    Map<String, Long> ids = new HashMap<>();
    for (Planned planned : plan) {
      Long departmentId = planned.departmentPath().isEmpty() ? null : ensureDepartment(planned.departmentPath());
      UserInput input = new UserInput(planned.input().username(), planned.input().displayName(),
          planned.input().email(), planned.input().mobile(), departmentId, planned.input().position(), null,
          planned.input().status(), null, planned.input().password());
      UserRecord user = planned.existing() == null ? org.createUser(input)
          : org.updateUser(planned.existing().id(), null, input);
      ids.put(user.username().toLowerCase(Locale.ROOT), user.id());
      if (planned.rolesGiven()) {
        roleAdmin.setUserRoles(user.id(), planned.roleIds());
      }
    }
    for (Planned planned : plan) {
      if (planned.managerUsername().isEmpty()) {
        continue;
      }
      String key = planned.managerUsername().toLowerCase(Locale.ROOT);
      long managerId = ids.containsKey(key) ? ids.get(key)
          : store.userByUsername(planned.managerUsername()).orElseThrow().id();
      org.updateUser(ids.get(planned.input().username().toLowerCase(Locale.ROOT)), null, new UserInput(null, null, null,
          null, null, null, managerId, null, null, null));
    }
  }

  private long ensureDepartment(List<String> path) {
    Long parent = null;
    for (String name : path) {
      OrgTree tree = new OrgTree(store.departments());
      Long parentId = parent;
      List<DepartmentRecord> siblings = parentId == null ? tree.roots() : tree.children(parentId);
      Optional<DepartmentRecord> found = siblings.stream().filter(d -> d.name().equalsIgnoreCase(name)).findFirst();
      parent = found.isPresent() ? found.get().id() : org.createDepartment(name, parentId, null, null).id();
    }
    return parent;
  }

  private static Optional<DepartmentRecord> find(OrgTree tree, List<String> path) {
    List<DepartmentRecord> level = tree.roots();
    DepartmentRecord found = null;
    for (String name : path) {
      found = level.stream().filter(d -> d.name().equalsIgnoreCase(name)).findFirst().orElse(null);
      if (found == null) {
        return Optional.empty();
      }
      level = tree.children(found.id());
    }
    return Optional.ofNullable(found);
  }

  /** {@code 总部/市场部}, {@code 总部 > 市场部} and {@code 总部\市场部} all name the same path. */
  static List<String> departmentPath(String text) {
    List<String> parts = new ArrayList<>();
    for (String part : text.split("[/\\\\>＞／]")) {
      if (!part.isBlank()) {
        parts.add(part.strip());
      }
    }
    return parts;
  }

  private static UserStatus status(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "active", "在职", "正常", "启用" -> UserStatus.ACTIVE;
      case "disabled", "停用", "禁用" -> UserStatus.DISABLED;
      case "left", "离职" -> UserStatus.LEFT;
      default -> null;
    };
  }

  private static String given(TableRow line, Map<Column, Integer> columns, Column column) {
    String text = cell(line, columns, column);
    return text.isEmpty() ? null : text;
  }

  private static String cell(TableRow line, Map<Column, Integer> columns, Column column) {
    Integer index = columns.get(column);
    return index == null ? "" : line.cell(index).strip();
  }
}
