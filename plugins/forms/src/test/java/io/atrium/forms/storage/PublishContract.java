package io.atrium.forms.storage;

import static io.atrium.forms.schema.FieldType.DATE;
import static io.atrium.forms.schema.FieldType.DATETIME;
import static io.atrium.forms.schema.FieldType.DECIMAL;
import static io.atrium.forms.schema.FieldType.INTEGER;
import static io.atrium.forms.schema.FieldType.LOOKUP;
import static io.atrium.forms.schema.FieldType.MONEY;
import static io.atrium.forms.schema.FieldType.MULTISELECT;
import static io.atrium.forms.schema.FieldType.RICHTEXT;
import static io.atrium.forms.schema.FieldType.SUBTABLE;
import static io.atrium.forms.schema.FieldType.SWITCH;
import static io.atrium.forms.schema.FieldType.TEXT;
import static io.atrium.forms.schema.FieldType.TEXTAREA;
import static io.atrium.forms.schema.FieldType.TIME;
import static io.atrium.forms.schema.FieldType.USER;
import static io.atrium.forms.storage.F.field;
import static io.atrium.forms.storage.F.schema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FormSchema;
import io.atrium.forms.storage.MigrationStep.Kind;
import io.atrium.forms.storage.RefusedChange.Reason;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.record.RecordValidationException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Publishing: the generated tables, and every kind of migration, on H2 and PostgreSQL. */
abstract class PublishContract extends StorageContract {

  private static final FieldDefinition TITLE = F.of("f1", "title", TEXT).maxLength(20).build();

  @Test
  void theFirstPublishCreatesTheRecordTableWithSystemColumnsAndATypedColumnPerField() {
    FormSchema schema = schema("expense", TITLE, field("f2", "amount", MONEY), field("f3", "count", INTEGER),
        field("f4", "day", DATE), field("f5", "at", DATETIME), field("f6", "time", TIME),
        field("f7", "paid", SWITCH), field("f8", "approver", USER), field("f9", "note", RICHTEXT),
        F.of("f10", "tags", MULTISELECT).build(),
        F.of("f11", "items", SUBTABLE).lines(field("f1", "item", TEXT), F.of("f2", "price", DECIMAL).scale(4)
            .build()).build());
    FormLayout layout = publish(schema);

    assertThat(layout.table()).isEqualTo("forms_t" + layout.formId());
    Map<String, String> columns = db.columns(layout.table());
    assertThat(columns).containsEntry("id", "BIGINT").containsEntry("serial", "VARCHAR(100)")
        .containsEntry("status", "VARCHAR(20)").containsEntry("owner_id", "BIGINT")
        .containsEntry("department_id", "BIGINT").containsEntry("created_by", "BIGINT")
        .containsEntry("created_at", "TIMESTAMP").containsEntry("updated_by", "BIGINT")
        .containsEntry("updated_at", "TIMESTAMP").containsEntry("version", "BIGINT")
        .containsEntry("deleted", "BOOLEAN").containsEntry("deleted_by", "BIGINT")
        .containsEntry("deleted_at", "TIMESTAMP");
    assertThat(columns).containsEntry("c1", "VARCHAR(20)").containsEntry("c2", "NUMERIC(21, 2)")
        .containsEntry("c3", "BIGINT").containsEntry("c4", "DATE").containsEntry("c5", "TIMESTAMP")
        .containsEntry("c6", "TIME").containsEntry("c7", "BOOLEAN").containsEntry("c8", "BIGINT")
        .containsEntry("c9", "CLOB");
    assertThat(db.columns(layout.table() + "_m10")).containsKeys("record_id", "position")
        .containsEntry("val", "VARCHAR(200)");
    assertThat(db.columns(layout.table() + "_s11")).containsKeys("id", "record_id", "position")
        .containsEntry("c12", "VARCHAR(200)").containsEntry("c13", "NUMERIC(23, 4)");
    assertThat(db.forms().find("expense").orElseThrow().publishedVersion()).isEqualTo(1);
    TableAllocation allocation = db.forms().allocation(layout.formId());
    assertThat(allocation.nextNumber()).isEqualTo(14);
    assertThat(allocation.find("f11", "f2").orElseThrow())
        .satisfies(c -> assertThat(c.table()).isEqualTo(layout.table() + "_s11"))
        .satisfies(c -> assertThat(c.column()).isEqualTo("c13"));
  }

  @Test
  void aPlanExplainsEveryStepAndChangesNothingUntilPublished() {
    FormSchema schema = schema("plan", TITLE, F.of("f2", "code", TEXT).filterable().build());
    StoredForm form = db.forms().create("plan", "{}", 1L);

    MigrationPlan plan = db.publisher().plan(form.id(), schema);

    assertThat(plan.allowed()).isTrue();
    assertThat(plan.steps()).extracting(MigrationStep::kind).containsExactly(Kind.CREATE_TABLE, Kind.ADD_COLUMN,
        Kind.ADD_COLUMN, Kind.CREATE_INDEX);
    assertThat(plan.describe(Locale.ENGLISH)).contains("Add the column c1 (VARCHAR(20)) for field \"title\"")
        .contains("Index the column c2 of field \"code\"");
    assertThat(plan.steps().get(1).explain(Locale.SIMPLIFIED_CHINESE)).contains("为字段“title”新增列 c1");
    assertThat(db.tableExists("forms_t" + form.id())).isFalse();
    assertThat(db.forms().find(form.id()).orElseThrow().publishedVersion()).isZero();
  }

  @Test
  void anAddedFieldIsANullableColumnAndExistingRecordsKeepTheirValues() {
    FormLayout v1 = publish(schema("add", TITLE));
    RecordData record = insert(v1, Map.of("title", "first"));

    FormSchema v2Schema = schema("add", TITLE, field("f2", "amount", DECIMAL), field("f3", "tags", MULTISELECT));
    MigrationPlan plan = plan(v2Schema);
    assertThat(plan.steps()).extracting(MigrationStep::kind).containsExactly(Kind.ADD_COLUMN,
        Kind.CREATE_VALUES_TABLE);
    assertThat(plan.sql().get(0)).contains("ADD COLUMN").doesNotContain("DEFAULT").doesNotContain("NOT NULL");
    FormLayout v2 = publish(v2Schema);

    assertThat(v2.version()).isEqualTo(2);
    RecordData read = db.records().get(v2, record.id()).orElseThrow();
    assertThat(read.values()).containsEntry("title", "first").containsEntry("amount", null)
        .containsEntry("tags", List.of());
    RecordData second = insert(v2, Map.of("title", "second", "amount", new BigDecimal("1.5"), "tags", List.of("a")));
    assertThat(db.records().get(v2, second.id()).orElseThrow().value("amount")).isEqualTo(new BigDecimal("1.50"));
  }

  @Test
  void safeWideningAltersTheColumnAndKeepsTheData() {
    FormLayout v1 = publish(schema("widen", TITLE, field("f2", "count", INTEGER), F.of("f3", "rate", DECIMAL)
        .scale(2).build(), F.of("f4", "memo", TEXT).maxLength(100).build()));
    RecordData record = insert(v1, Map.of("title", "twenty characters!!!", "count", 42L, "rate",
        new BigDecimal("3.14"), "memo", "short"));

    FormLayout v2 = publish(schema("widen", F.of("f1", "title", TEXT).maxLength(300).build(),
        F.of("f2", "count", DECIMAL).scale(1).build(), F.of("f3", "rate", DECIMAL).scale(5).build(),
        F.of("f4", "memo", TEXTAREA).maxLength(10_000).build()));

    assertThat(db.columns(v2.table())).containsEntry("c1", "VARCHAR(300)").containsEntry("c2", "NUMERIC(20, 1)")
        .containsEntry("c3", "NUMERIC(24, 5)").containsEntry("c4", "CLOB");
    assertThat(db.records().get(v2, record.id()).orElseThrow().values())
        .containsEntry("title", "twenty characters!!!").containsEntry("count", new BigDecimal("42.0"))
        .containsEntry("rate", new BigDecimal("3.14000")).containsEntry("memo", "short");
    assertThat(db.forms().versions(v2.formId())).hasSize(2);
  }

  @Test
  void narrowingRunsOnlyWhenEveryStoredValueFits() {
    FormLayout v1 = publish(schema("narrow", F.of("f1", "title", TEXT).maxLength(50).build(),
        F.of("f2", "rate", DECIMAL).scale(4).build()));
    insert(v1, Map.of("title", "exactly-ten", "rate", new BigDecimal("1.5000")));
    insert(v1, Map.of("title", "a much longer title than ten", "rate", new BigDecimal("1.2345")));

    assertThatThrownBy(() -> publish(schema("narrow", F.of("f1", "title", TEXT).maxLength(10).build(),
        F.of("f2", "rate", DECIMAL).scale(2).build())))
        .isInstanceOfSatisfying(MigrationRefusedException.class, e -> {
          assertThat(e.refused()).extracting(RefusedChange::reason).containsExactly(Reason.SHORTER, Reason.SCALE);
          assertThat(e.getMessage()).contains("Field \"title\" cannot be limited to 10 characters: 2 records hold "
              + "longer values (up to 28 characters)").contains("Field \"rate\" cannot keep only 2 decimals: 1 "
              + "records");
        });
    assertThat(db.columns(v1.table())).containsEntry("c1", "VARCHAR(50)").containsEntry("c2", "NUMERIC(23, 4)");

    FormLayout v2 = publish(schema("narrow", F.of("f1", "title", TEXT).maxLength(28).build(),
        F.of("f2", "rate", DECIMAL).scale(4).build()));
    assertThat(db.columns(v2.table())).containsEntry("c1", "VARCHAR(28)");
  }

  @Test
  void aRemovedFieldIsHiddenItsDataKeptAndAddingItBackRestoresIt() {
    FormLayout v1 = publish(schema("remove", TITLE, F.of("f2", "code", TEXT).filterable().build()));
    RecordData record = insert(v1, Map.of("title", "t", "code", "X-1"));

    FormSchema without = schema("remove", TITLE);
    MigrationPlan plan = plan(without);
    assertThat(plan.steps()).extracting(MigrationStep::kind).containsExactly(Kind.RETIRE, Kind.DROP_INDEX);
    assertThat(plan.describe(Locale.ENGLISH)).contains("Hide field \"code\": " + v1.table() + ".c2 and its data "
        + "are kept");
    FormLayout v2 = publish(without);
    assertThat(db.records().get(v2, record.id()).orElseThrow().values()).containsOnlyKeys("title");
    assertThat(db.column("SELECT c2 FROM " + v2.table())).containsExactly("X-1");
    assertThat(db.forms().allocation(v2.formId()).find("", "f2").orElseThrow().retired()).isTrue();
    insert(v2, Map.of("title", "while hidden"));

    FormLayout v3 = publish(schema("remove", TITLE, F.of("f2", "code", TEXT).filterable().build()));
    assertThat(v3.version()).isEqualTo(3);
    assertThat(db.records().get(v3, record.id()).orElseThrow().value("code")).isEqualTo("X-1");
    assertThat(db.indexes(v3.table())).contains(v3.table() + "_c2_ix");
  }

  @Test
  void aRenamedFieldKeepsItsColumnAndNothingRuns() {
    FormLayout v1 = publish(schema("rename", TITLE, field("f2", "amount", DECIMAL)));
    RecordData record = insert(v1, Map.of("title", "t", "amount", new BigDecimal("9.99")));

    FormSchema renamed = schema("rename", TITLE, field("f2", "total", DECIMAL));
    MigrationPlan plan = plan(renamed);
    assertThat(plan.steps()).singleElement().satisfies(step -> {
      assertThat(step.kind()).isEqualTo(Kind.RENAME);
      assertThat(step.sql()).isEmpty();
    });
    assertThat(plan.changes()).singleElement().isEqualTo(new FieldChange(FieldChange.Kind.RENAMED, "f2", "total",
        "amount", null));
    FormLayout v2 = publish(renamed);

    assertThat(db.records().get(v2, record.id()).orElseThrow().values()).containsEntry("total",
        new BigDecimal("9.99")).doesNotContainKey("amount");
    JsonObject summary = Json.createReader(new StringReader(db.forms().version(v2.formId(), 2).orElseThrow()
        .changeSummary())).readObject();
    assertThat(summary.getJsonArray("changes").getJsonObject(0).getString("previous")).isEqualTo("amount");
  }

  @Test
  void incompatibleChangesAreRefusedBeforeAnyDdlAndEveryOneIsListed() {
    FormLayout v1 = publish(schema("refuse", TITLE, field("f2", "amount", DECIMAL), field("f3", "approver", USER),
        field("f4", "due", TEXT)));
    insert(v1, Map.of("title", "t", "amount", new BigDecimal("1.25")));
    Map<String, String> before = db.columns(v1.table());

    FormSchema bad = schema("refuse", TITLE, field("f2", "amount", INTEGER), F.of("f3", "approver", USER)
        .multiple().build(), field("f4", "due", DATE), F.of("f5", "customer", LOOKUP).lookup("crm").build(),
        field("f6", "new", TEXT));
    assertThatThrownBy(() -> publish(bad)).isInstanceOfSatisfying(MigrationRefusedException.class, e -> {
      assertThat(e.refused()).extracting(RefusedChange::fieldName).containsExactly("amount", "approver", "due",
          "customer");
      assertThat(e.refused()).extracting(RefusedChange::reason).containsExactly(Reason.TYPE, Reason.KIND,
          Reason.TYPE, Reason.LOOKUP_UNPUBLISHED);
      assertThat(e.getMessage()).contains("Field \"amount\" cannot change from decimal NUMERIC(21, 2) to integer "
          + "BIGINT").contains("Add a new field of type integer BIGINT and copy the values")
          .contains("Field \"due\" cannot change from text to date")
          .contains("Field \"approver\" cannot switch between one value, several values and sub-table lines "
              + "(user to user (multiple))")
          .contains("Lookup field \"customer\" points to form \"crm\", which does not exist or is not published");
      assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains("字段“due”不能从 text 改为 date");
    });
    assertThat(db.columns(v1.table())).isEqualTo(before);
    assertThat(db.forms().find("refuse").orElseThrow().publishedVersion()).isEqualTo(1);
  }

  @Test
  void fieldsWithoutIdsAreRefused() {
    assertThatThrownBy(() -> publish(schema("noid", field(null, "title", TEXT))))
        .isInstanceOfSatisfying(MigrationRefusedException.class, e -> assertThat(e.refused())
            .extracting(RefusedChange::reason).containsExactly(Reason.NO_ID));
    assertThat(db.tableExists("forms_t1")).isFalse();
  }

  @Test
  void filterableFieldsAreIndexedAndUniqueOnesGuardedOverLiveRecordsOnly() {
    FormLayout v1 = publish(schema("unique", TITLE, F.of("f2", "code", TEXT).unique().build(),
        F.of("f3", "city", TEXT).filterable().build()));
    assertThat(db.indexes(v1.table())).contains(v1.table() + "_c2_uq", v1.table() + "_c3_ix",
        v1.table() + "_owner_ix", v1.table() + "_dept_ix", v1.table() + "_status_ix");

    RecordData first = insert(v1, Map.of("title", "a", "code", "A-1"));
    assertThatThrownBy(() -> insert(v1, Map.of("title", "b", "code", "A-1")))
        .isInstanceOfSatisfying(RecordValidationException.class, e -> assertThat(e.problems()).singleElement()
            .satisfies(p -> {
              assertThat(p.field()).isEqualTo("code");
              assertThat(p.message()).contains("used by another record");
            }));
    assertThat(db.records().exists(v1, "code", "A-1", null)).isTrue();
    assertThat(db.records().exists(v1, "code", "A-1", first.id())).isFalse();

    db.records().delete(v1, first.id(), -1, stamp());
    assertThat(db.records().exists(v1, "code", "A-1", null)).isFalse();
    RecordData second = insert(v1, Map.of("title", "b", "code", "A-1"));
    assertThatThrownBy(() -> db.records().restore(v1, first.id(), stamp()))
        .isInstanceOf(RecordValidationException.class);
    assertThat(db.records().get(v1, first.id()).orElseThrow().deleted()).isTrue();
    assertThat(second.value("code")).isEqualTo("A-1");
  }

  @Test
  void aFieldWithDuplicatesCannotBecomeUnique() {
    FormLayout v1 = publish(schema("dups", TITLE, field("f2", "code", TEXT)));
    insert(v1, Map.of("title", "a", "code", "same"));
    insert(v1, Map.of("title", "b", "code", "same"));
    RecordData other = insert(v1, Map.of("title", "c", "code", "other"));

    assertThatThrownBy(() -> publish(schema("dups", TITLE, F.of("f2", "code", TEXT).unique().build())))
        .isInstanceOfSatisfying(MigrationRefusedException.class, e -> assertThat(e.getMessage())
            .contains("Field \"code\" cannot become unique: 1 values occur in more than one record"));

    db.records().deleteAll(v1, db.records().query(v1, io.atrium.sdk.record.RecordQuery.all()
        .where("code", io.atrium.sdk.record.RecordQuery.Operator.EQ, "same").page(0, 1), ListOptions.live())
        .records().stream().map(RecordData::id).toList(), stamp());
    FormLayout v2 = publish(schema("dups", TITLE, F.of("f2", "code", TEXT).unique().build()));
    assertThat(db.indexes(v2.table())).contains(v2.table() + "_c2_uq");
    assertThat(other.value("code")).isEqualTo("other");
  }

  @Test
  void lookupsReferenceTheOtherFormsTableAndALinkedRecordCannotBePurged() {
    FormLayout customers = publish(schema("customer", F.of("f1", "name", TEXT).build()));
    RecordData acme = insert(customers, Map.of("name", "ACME"));
    FormLayout orders = publish(schema("order", F.of("f1", "customer", LOOKUP).lookup("customer").build(),
        F.of("f2", "partners", LOOKUP).lookup("customer").multiple().build()));
    assertThat(db.indexes(orders.table())).contains(orders.table() + "_c1_ix");
    insert(orders, Map.of("customer", acme.id(), "partners", List.of(acme.id())));

    db.records().delete(customers, acme.id(), -1, stamp());
    assertThatThrownBy(() -> db.records().purge(customers, List.of(acme.id())))
        .isInstanceOf(RecordInUseException.class).hasMessageContaining("remove those links first");
    assertThat(db.records().get(customers, acme.id())).isPresent();
    assertThatThrownBy(() -> insert(orders, Map.of("customer", 999_999L))).isInstanceOf(StorageException.class);

    assertThatThrownBy(() -> publish(schema("order", F.of("f1", "customer", LOOKUP).lookup("order").build(),
        F.of("f2", "partners", LOOKUP).lookup("customer").multiple().build())))
        .isInstanceOfSatisfying(MigrationRefusedException.class, e -> assertThat(e.refused())
            .extracting(RefusedChange::reason).containsExactly(Reason.LOOKUP_TARGET));
  }

  @Test
  void subTableLinesMigrateLikeFields() {
    FormLayout v1 = publish(schema("lines", F.of("f1", "items", SUBTABLE).lines(field("f1", "item", TEXT),
        field("f2", "qty", INTEGER)).build()));
    RecordData record = insert(v1, Map.of("items", List.of(Map.of("item", "pen", "qty", 2L))));

    FormLayout v2 = publish(schema("lines", F.of("f1", "items", SUBTABLE).lines(field("f1", "article", TEXT),
        field("f2", "qty", DECIMAL), field("f3", "tags", MULTISELECT)).build()));

    List<?> lines = (List<?>) db.records().get(v2, record.id()).orElseThrow().value("items");
    assertThat(lines).singleElement().satisfies(line -> assertThat(F.map(line))
        .containsEntry("article", "pen").containsEntry("qty", new BigDecimal("2.00"))
        .containsEntry("tags", List.of()));
    assertThatThrownBy(() -> publish(schema("lines", F.of("f1", "items", SUBTABLE).lines(field("f1", "article",
        TEXT), F.of("f9", "nested", SUBTABLE).build()).build())))
        .isInstanceOfSatisfying(MigrationRefusedException.class, e -> assertThat(e.refused())
            .extracting(RefusedChange::reason).containsExactly(Reason.NESTED));
  }

  @Test
  void aStalePlanIsNotPublishedOverSomeoneElsesPublish() {
    FormLayout v1 = publish(schema("stale", TITLE));
    assertThatThrownBy(() -> db.publisher().publish(v1.formId(), schema("stale", TITLE), "{}", null, 0, 1L))
        .isInstanceOf(FormChangedException.class).hasMessageContaining("published by someone else");
  }

  @Test
  void publishingAgainAfterAHalfAppliedAttemptCompletesIt() {
    FormLayout v1 = publish(schema("retry", TITLE));
    FormSchema v2 = schema("retry", TITLE, F.of("f2", "code", TEXT).filterable().build(), field("f3", "day", DATE),
        field("f4", "tags", MULTISELECT));
    // as if an earlier attempt had died after two statements, one of them for a schema since changed
    db.sql("ALTER TABLE " + v1.table() + " ADD COLUMN c2 VARCHAR(200)");
    db.sql("ALTER TABLE " + v1.table() + " ADD COLUMN c3 BOOLEAN");
    db.sql("CREATE TABLE " + v1.table() + "_m4 (record_id BIGINT NOT NULL, position INT NOT NULL, "
        + "PRIMARY KEY (record_id, position))");

    FormLayout layout = publish(v2);

    assertThat(db.columns(layout.table())).containsEntry("c2", "VARCHAR(200)").containsEntry("c3", "DATE");
    assertThat(db.columns(layout.table() + "_m4")).containsEntry("val", "VARCHAR(200)");
    RecordData record = insert(layout, Map.of("title", "t", "code", "c", "day", java.time.LocalDate.of(2026, 1, 1),
        "tags", List.of("x")));
    assertThat(db.records().get(layout, record.id()).orElseThrow().values()).containsEntry("tags", List.of("x"));
  }
}
