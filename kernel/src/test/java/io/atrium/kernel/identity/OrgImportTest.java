package io.atrium.kernel.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.kernel.audit.Audit;
import io.atrium.kernel.identity.OrgImport.Action;
import io.atrium.kernel.security.policy.RoleAdmin;
import io.atrium.kernel.security.policy.RoleStore;
import io.atrium.kernel.tabular.FileSpreadsheets;
import io.atrium.kernel.testing.KernelDatabase;
import io.atrium.kernel.validation.FieldProblem;
import io.atrium.sdk.identity.Person;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OrgImportTest {

  private final KernelDatabase database = new KernelDatabase();
  private final IdentityStore store = new IdentityStore(database.jdbc());
  private final ChangeCounter changes = new ChangeCounter(database.jdbc(), Clock.systemUTC());
  private final DirectoryService directory = new DirectoryService(store, changes);
  private final OrgAdmin org = new OrgAdmin(store, changes, database.transactions(), Audit.NONE, Clock.systemUTC());
  private final RoleStore roles = new RoleStore(database.jdbc());
  private final RoleAdmin roleAdmin = new RoleAdmin(roles, store, changes, database.transactions(), Audit.NONE);
  private final OrgImport importer = new OrgImport(store, org, roles, roleAdmin, database.transactions(),
      new FileSpreadsheets());

  @AfterEach
  void close() throws Exception {
    database.close();
  }

  private static byte[] csv(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** A workbook whose first sheet holds the rows; numbers stay numbers. */
  private static byte[] workbook(Object[]... rows) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Workbook workbook = new Workbook(bytes, "test", "1.0")) {
      Worksheet sheet = workbook.newWorksheet("人员");
      for (int r = 0; r < rows.length; r++) {
        for (int c = 0; c < rows[r].length; c++) {
          if (rows[r][c] instanceof Number number) {
            sheet.value(r, c, number);
          } else {
            sheet.value(r, c, String.valueOf(rows[r][c]));
          }
        }
      }
    }
    return bytes.toByteArray();
  }

  @Test
  void aCleanFileCreatesPeopleDepartmentsManagersAndRoles() {
    roleAdmin.create(new RoleAdmin.RoleInput("sales", null, List.of("forms:leads:*"), null, null));
    byte[] file = csv("""
        登录名,姓名,邮箱,手机,部门,职位,上级,角色
        wang,王总,wang@example.com,13800000001,总部,总经理,,
        li,李经理,li@example.com,13800000002,总部/市场部,经理,wang,sales
        zhao,赵专员,,,总部/市场部/新媒体组,专员,li,"sales"
        """);

    OrgImport.Report preview = importer.run(file, "people.csv", false);
    assertThat(preview.clean()).isTrue();
    assertThat(preview.committed()).isFalse();
    assertThat(preview.departmentsCreated()).containsExactly("总部", "总部 / 市场部", "总部 / 市场部 / 新媒体组");
    assertThat(store.countUsers(UserQuery.all(10), null)).isZero();

    OrgImport.Report done = importer.run(file, "people.csv", true);

    assertThat(done.committed()).isTrue();
    assertThat(done.count(Action.CREATE)).isEqualTo(3);
    Person zhao = directory.personByUsername("zhao").orElseThrow();
    assertThat(directory.managerChain(zhao.id(), 5)).extracting(Person::username).containsExactly("li", "wang");
    assertThat(directory.tree().path(zhao.departmentId())).isEqualTo("总部 / 市场部 / 新媒体组");
    assertThat(directory.withRole("sales")).extracting(Person::username).containsExactly("li", "zhao");
  }

  @Test
  void oneBadRowStopsTheWholeFileAndEveryProblemIsReported() {
    byte[] file = csv("""
        username,displayName,email,manager,status,roles
        ok1,OK,ok@example.com,,,
        bad name,,not-mail,nobody,retired,ghost
        ok1,Twice,,,,
        """);

    OrgImport.Report report = importer.run(file, "people.csv", true);

    assertThat(report.committed()).isFalse();
    assertThat(report.rows()).extracting(OrgImport.RowResult::action).containsExactly(Action.CREATE, Action.ERROR,
        Action.ERROR);
    assertThat(report.rows().get(1).row()).isEqualTo(3);
    assertThat(report.rows().get(1).problems()).extracting(FieldProblem::field).contains("username", "displayName",
        "email", "manager", "status", "roles");
    assertThat(report.rows().get(2).problems().get(0).message().in(Locale.SIMPLIFIED_CHINESE)).contains("第 2 行");
    assertThat(store.countUsers(UserQuery.all(10), null)).isZero();
  }

  @Test
  void existingPeopleAreUpdatedAndEmptyCellsKeepTheirValues() {
    org.createUser(new UserInput("li", "李", "li@example.com", "13800000002", null, "经理", null, null, null, null));

    OrgImport.Report report = importer.run(csv("username,displayName,email,position\nli,李四,,总监\n"), "people.csv",
        true);

    assertThat(report.rows()).singleElement().extracting(OrgImport.RowResult::action).isEqualTo(Action.UPDATE);
    UserRecord li = store.userByUsername("li").orElseThrow();
    assertThat(li.displayName()).isEqualTo("李四");
    assertThat(li.position()).isEqualTo("总监");
    assertThat(li.email()).isEqualTo("li@example.com");
  }

  @Test
  void managerLoopsInsideTheFileAreRefused() {
    OrgImport.Report report = importer.run(csv("username,displayName,manager\na,A,b\nb,B,a\n"), "people.csv",
        true);

    assertThat(report.clean()).isFalse();
    assertThat(report.rows()).allSatisfy(r -> assertThat(r.action()).isEqualTo(Action.ERROR));
  }

  @Test
  void readsExcelAndChineseCsvFromWindows() throws IOException {
    byte[] workbook = workbook(new Object[] {"登录名", "姓名", "手机"}, new Object[] {"chen", "陈晨", 13800000003L});
    assertThat(importer.run(workbook, "人员.xlsx", true).committed()).isTrue();
    assertThat(store.userByUsername("chen").orElseThrow().mobile()).isEqualTo("13800000003");

    byte[] gbk = "登录名,姓名\nsun,孙悦\n".getBytes(Charset.forName("GB18030"));
    assertThat(importer.run(gbk, "people.csv", true).committed()).isTrue();
    assertThat(store.userByUsername("sun").orElseThrow().displayName()).isEqualTo("孙悦");
  }

  @Test
  void unreadableFilesAndMissingColumnsSayWhatToDo() {
    assertThat(importer.run(new byte[0], "people.csv", false).fileProblems()).extracting(m -> m.key()).containsExactly(
        "import.file.empty");
    assertThat(importer.run(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1}, "people.xls", false).fileProblems()).extracting(m -> m.key()).containsExactly("import.file.xls");
    assertThat(importer.run(csv("email,colour\nx@example.com,red\n"), "people.csv", false).fileProblems())
        .extracting(m -> m.key()).contains("import.header.unknown", "import.header.required");
  }

  @Test
  void theContentMustMatchTheNameAsForTheFormsImport() throws IOException {
    byte[] people = csv("登录名,姓名\nzhou,周舟\n");
    assertThat(importer.run(people, "people.xlsx", false).fileProblems()).extracting(m -> m.key())
        .containsExactly("import.file.mismatch");
    assertThat(importer.run(people, "people.pdf", false).fileProblems()).extracting(m -> m.key())
        .containsExactly("import.file.extension");
    byte[] program = {0x7F, 'E', 'L', 'F', 0, 0, 0, 0, 1, 2, 3};
    assertThat(importer.run(program, "people.csv", false).fileProblems()).extracting(m -> m.key())
        .containsExactly("import.file.mismatch");
    byte[] workbook = workbook(new Object[] {"登录名", "姓名"}, new Object[] {"wu", "吴"});
    assertThat(importer.run(workbook, "people.csv", false).fileProblems()).extracting(m -> m.key())
        .containsExactly("import.file.mismatch");
    // without a name the content tells the kind, as it did before names were read
    assertThat(importer.run(workbook, null, false).clean()).isTrue();
    assertThat(importer.run(people, null, false).clean()).isTrue();
  }

  @Test
  void rowNumbersCountBlankRowsAndCellsBeyondTheSixtiethAreLeftOut() {
    String wide = "登录名,姓名" + ",".repeat(70) + "colour\n";
    OrgImport.Report report = importer.run(csv(wide + "\nqian,钱\n,\n"), "people.csv", false);
    assertThat(report.fileProblems()).isEmpty();
    assertThat(report.rows()).extracting(OrgImport.RowResult::row).containsExactly(2, 3, 4);
    assertThat(report.rows()).extracting(OrgImport.RowResult::action).containsExactly(Action.SKIP, Action.CREATE,
        Action.SKIP);
    String tooWide = "登录名,姓名" + ",".repeat(1_000) + "\n";
    assertThat(importer.run(csv(tooWide), "people.csv", false).fileProblems()).singleElement()
        .satisfies(m -> assertThat(m.in(Locale.ROOT)).contains("Row 1", "1,000"));
  }
}
