package io.atrium.forms.storage;

import static io.atrium.forms.storage.F.field;
import static io.atrium.forms.storage.F.schema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.forms.schema.FieldType;
import io.atrium.forms.schema.FormSchema;
import io.atrium.sdk.record.RecordConflictException;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.record.RecordNotFoundException;
import io.atrium.sdk.record.RecordQuery;
import io.atrium.sdk.record.RecordStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Records in the generated tables: every field type, locking, recycle bin, bulk changes, on H2 and PostgreSQL. */
abstract class RecordContract extends StorageContract {

  /** One field of every type, multi-valued variants and a sub-table with its own multi-valued field. */
  static final FormSchema EVERYTHING = schema("everything",
      field("f1", "text", FieldType.TEXT), field("f2", "textarea", FieldType.TEXTAREA),
      field("f3", "email", FieldType.EMAIL), field("f4", "phone", FieldType.PHONE), field("f5", "url", FieldType.URL),
      field("f6", "region", FieldType.REGION), field("f7", "richtext", FieldType.RICHTEXT),
      F.of("f8", "serial", FieldType.SERIAL).serial("EV-{yyyyMMdd}-{seq:3}").build(),
      field("f9", "select", FieldType.SELECT), field("f10", "radio", FieldType.RADIO),
      field("f11", "multiselect", FieldType.MULTISELECT), field("f12", "checkbox", FieldType.CHECKBOX),
      field("f13", "integer", FieldType.INTEGER), F.of("f14", "decimal", FieldType.DECIMAL).scale(3).build(),
      field("f15", "money", FieldType.MONEY), field("f16", "percent", FieldType.PERCENT),
      F.of("f17", "formula", FieldType.FORMULA).scale(4).build(), field("f18", "date", FieldType.DATE),
      field("f19", "datetime", FieldType.DATETIME), field("f20", "time", FieldType.TIME),
      field("f21", "switch", FieldType.SWITCH), field("f22", "user", FieldType.USER),
      F.of("f23", "users", FieldType.USER).multiple().build(), field("f24", "department", FieldType.DEPARTMENT),
      F.of("f25", "departments", FieldType.DEPARTMENT).multiple().build(),
      F.of("f26", "lookup", FieldType.LOOKUP).lookup("everything").build(),
      F.of("f27", "lookups", FieldType.LOOKUP).lookup("everything").multiple().build(),
      field("f28", "attachment", FieldType.ATTACHMENT), field("f29", "image", FieldType.IMAGE),
      field("f30", "signature", FieldType.SIGNATURE),
      F.of("f31", "items", FieldType.SUBTABLE).lines(field("f1", "item", FieldType.TEXT),
          F.of("f2", "price", FieldType.MONEY).build(), field("f3", "colors", FieldType.CHECKBOX),
          field("f4", "due", FieldType.DATE)).build());

  private FormLayout layout;

  @BeforeEach
  void publishEverything() {
    layout = publish(EVERYTHING);
  }

  private Map<String, Object> allValues(long linkedId) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("text", "Hello 'world'; DROP TABLE x; --");
    values.put("textarea", "line one\nline two");
    values.put("email", "ada@example.com");
    values.put("phone", "13800138000");
    values.put("url", "https://example.com/a?b=c");
    values.put("region", "110000/110100/110101");
    values.put("richtext", "<p>" + "富文本".repeat(3000) + "</p>");
    values.put("select", "travel");
    values.put("radio", "yes");
    values.put("multiselect", List.of("b", "a", "c"));
    values.put("checkbox", List.of("x"));
    values.put("integer", 9_007_199_254_740_993L);
    values.put("decimal", new BigDecimal("-12.345"));
    values.put("money", new BigDecimal("99999999.99"));
    values.put("percent", new BigDecimal("12.50"));
    values.put("formula", new BigDecimal("0.3333"));
    values.put("date", LocalDate.of(2026, 2, 28));
    values.put("datetime", Instant.parse("2026-03-01T23:59:58.123456Z"));
    values.put("time", LocalTime.of(8, 30, 15));
    values.put("switch", true);
    values.put("user", 11L);
    values.put("users", List.of(12L, 11L));
    values.put("department", 21L);
    values.put("departments", List.of(22L));
    values.put("lookup", linkedId);
    values.put("lookups", List.of(linkedId));
    values.put("attachment", List.of("blob-1", "blob-2"));
    values.put("image", List.of("blob-3"));
    values.put("signature", "blob-4");
    values.put("items", List.of(line("pen", "1.50", List.of("red", "blue"), LocalDate.of(2026, 1, 9)),
        line("ink", "20.00", List.of(), null)));
    return values;
  }

  private static Map<String, Object> line(String item, String price, List<String> colors, LocalDate due) {
    Map<String, Object> line = new HashMap<>();
    line.put("item", item);
    line.put("price", price == null ? null : new BigDecimal(price));
    line.put("colors", colors);
    line.put("due", due);
    return line;
  }

  @Test
  void everyFieldTypeRoundTripsAndInsertReturnsWhatIsStored() {
    RecordData linked = insert(layout, Map.of("text", "linked"));
    RecordData inserted = insert(layout, allValues(linked.id()));

    RecordData read = db.records().get(layout, inserted.id()).orElseThrow();
    assertThat(read).isEqualTo(inserted);
    assertThat(read.version()).isEqualTo(1);
    assertThat(read.status()).isEqualTo(RecordStatus.SUBMITTED);
    assertThat(read.ownerId()).isEqualTo(7L);
    assertThat(read.departmentId()).isEqualTo(3L);
    assertThat(read.createdBy()).isEqualTo(7L);
    assertThat(read.createdAt()).isEqualTo(db.clock().now());
    assertThat(read.source()).isEqualTo("forms.everything");
    Map<String, Object> expected = allValues(linked.id());
    expected.remove("items");
    expected.put("serial", "EV-20260105-002");
    assertThat(read.values()).containsAllEntriesOf(expected);
    assertThat(read.serial()).isEqualTo("EV-20260105-002");
    List<?> items = (List<?>) read.value("items");
    assertThat(items).hasSize(2);
    assertThat(F.map(items.get(0))).containsEntry("item", "pen").containsEntry("price", new BigDecimal("1.50"))
        .containsEntry("colors", List.of("red", "blue")).containsEntry("due", LocalDate.of(2026, 1, 9))
        .containsKey("id");
    assertThat(F.map(items.get(1))).containsEntry("item", "ink").containsEntry("colors", List.of())
        .containsEntry("due", null);

    RecordData empty = insert(layout, Map.of());
    RecordData emptyRead = db.records().get(layout, empty.id()).orElseThrow();
    assertThat(emptyRead).isEqualTo(empty);
    assertThat(emptyRead.value("text")).isNull();
    assertThat(emptyRead.value("users")).isEqualTo(List.of());
    assertThat(emptyRead.value("items")).isEqualTo(List.of());
  }

  @Test
  void valuesAreNormalizedToWhatTheColumnsKeep() {
    RecordData record = insert(layout, Map.of("decimal", new BigDecimal("1.23456"), "money", 5L,
        "datetime", Instant.parse("2026-01-01T00:00:00.123456789Z"), "time", LocalTime.of(9, 0, 1, 999_000_000)));
    assertThat(record.values()).containsEntry("decimal", new BigDecimal("1.235"))
        .containsEntry("money", new BigDecimal("5.00"))
        .containsEntry("datetime", Instant.parse("2026-01-01T00:00:00.123456Z"))
        .containsEntry("time", LocalTime.of(9, 0, 1));
    assertThat(db.records().get(layout, record.id()).orElseThrow()).isEqualTo(record);
  }

  @Test
  void unknownFieldsAndWrongTypesAreRefused() {
    assertThatThrownBy(() -> insert(layout, Map.of("nope", "x"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Form everything has no field 'nope'");
    assertThatThrownBy(() -> insert(layout, Map.of("integer", "12"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'integer' takes a whole number");
    assertThatThrownBy(() -> insert(layout, Map.of("items", List.of(Map.of("bogus", 1)))))
        .hasMessageContaining("Sub-table 'items' has no field 'bogus'");
    assertThat(db.records().query(layout, RecordQuery.all(), ListOptions.live()).total()).isZero();
  }

  @Test
  void anUpdateWithAStaleVersionIsAConflictAndChangesNothing() {
    RecordData record = insert(layout, Map.of("text", "v1", "integer", 1L));
    db.advanceClock(Duration.ofMinutes(5));

    RecordData updated = db.records().update(layout, record.id(), 1, Map.of("text", "v2"), stamp());
    assertThat(updated.version()).isEqualTo(2);
    assertThat(updated.values()).containsEntry("text", "v2").containsEntry("integer", 1L);
    assertThat(updated.updatedBy()).isEqualTo(8L);
    assertThat(updated.updatedAt()).isEqualTo(db.clock().now());
    assertThat(updated.createdAt()).isEqualTo(record.createdAt());

    assertThatThrownBy(() -> db.records().update(layout, record.id(), 1, Map.of("text", "lost"), stamp()))
        .isInstanceOfSatisfying(RecordConflictException.class, e -> {
          assertThat(e.expectedVersion()).isEqualTo(1);
          assertThat(e.actualVersion()).isEqualTo(2);
        });
    assertThat(db.records().get(layout, record.id()).orElseThrow().value("text")).isEqualTo("v2");
    assertThat(db.records().update(layout, record.id(), -1, Map.of("integer", 2L), stamp()).version()).isEqualTo(3);
    assertThatThrownBy(() -> db.records().update(layout, 999_999, 1, Map.of("text", "x"), stamp()))
        .isInstanceOf(RecordNotFoundException.class);
  }

  @Test
  void anUpdateReplacesListsAndKeepsTheIdsOfLinesItKeeps() {
    RecordData record = insert(layout, Map.of("users", List.of(1L, 2L), "items", List.of(line("a", "1", List.of("r"),
        null), line("b", "2", List.of(), null), line("c", "3", List.of("g"), null))));
    List<?> lines = (List<?>) record.value("items");
    Long idA = (Long) ((Map<?, ?>) lines.get(0)).get("id");
    Long idC = (Long) ((Map<?, ?>) lines.get(2)).get("id");

    Map<String, Object> keptC = line("c2", "33", List.of("g", "h"), null);
    keptC.put("id", idC);
    Map<String, Object> keptA = line("a", "1", List.of(), null);
    keptA.put("id", idA);
    RecordData updated = db.records().update(layout, record.id(), 1, Map.of("users", List.of(3L), "items",
        List.of(keptC, line("new", "4", List.of("n"), null), keptA)), stamp());

    assertThat(updated.value("users")).isEqualTo(List.of(3L));
    List<?> after = (List<?>) updated.value("items");
    assertThat(after).extracting(l -> F.map(l).get("item")).containsExactly("c2", "new", "a");
    assertThat(((Map<?, ?>) after.get(0)).get("id")).isEqualTo(idC);
    assertThat(((Map<?, ?>) after.get(0)).get("colors")).isEqualTo(List.of("g", "h"));
    assertThat(((Map<?, ?>) after.get(2)).get("id")).isEqualTo(idA);
    assertThat(((Map<?, ?>) after.get(2)).get("colors")).isEqualTo(List.of());
    assertThat(((Map<?, ?>) after.get(1)).get("colors")).isEqualTo(List.of("n"));
    assertThat(db.number("SELECT COUNT(*) FROM " + layout.table() + "_s31")).isEqualTo(3);

    RecordData other = insert(layout, Map.of());
    Map<String, Object> foreign = line("x", "1", List.of(), null);
    foreign.put("id", idA);
    assertThatThrownBy(() -> db.records().update(layout, other.id(), -1, Map.of("items", List.of(foreign)), stamp()))
        .hasMessageContaining("is not a line of 'items' of record " + other.id());
  }

  @Test
  void deletedRecordsGoToTheRecycleBinAndComeBack() {
    RecordData kept = insert(layout, Map.of("text", "kept"));
    RecordData gone = insert(layout, Map.of("text", "gone"));

    RecordData deleted = db.records().delete(layout, gone.id(), 1, stamp());
    assertThat(deleted.deleted()).isTrue();
    assertThat(deleted.version()).isEqualTo(2);
    assertThat(db.records().query(layout, RecordQuery.all(), ListOptions.live()).records())
        .extracting(RecordData::id).containsExactly(kept.id());
    assertThat(db.records().query(layout, RecordQuery.all(), ListOptions.bin()).records())
        .extracting(RecordData::id).containsExactly(gone.id());
    assertThatThrownBy(() -> db.records().update(layout, gone.id(), -1, Map.of("text", "x"), stamp()))
        .isInstanceOf(RecordDeletedException.class).hasMessageContaining("restore it before changing it");
    assertThat(db.records().delete(layout, gone.id(), -1, stamp()).version()).isEqualTo(2);

    RecordData restored = db.records().restore(layout, gone.id(), stamp());
    assertThat(restored.deleted()).isFalse();
    assertThat(restored.value("text")).isEqualTo("gone");
    assertThat(db.records().query(layout, RecordQuery.all(), ListOptions.live()).records()).hasSize(2);
    assertThat(db.column("SELECT deleted_at FROM " + layout.table() + " WHERE id = " + gone.id()))
        .containsExactly((Object) null);
    assertThatThrownBy(() -> db.records().delete(layout, kept.id(), 5, stamp()))
        .isInstanceOf(RecordConflictException.class);
  }

  @Test
  void bulkChangesTouchLiveRecordsOnlyAndPurgeTakesTheBinOnly() {
    RecordData a = insert(layout, Map.of("text", "a", "users", List.of(1L)));
    RecordData b = insert(layout, Map.of("text", "b"));
    RecordData c = insert(layout, Map.of("text", "c", "items", List.of(line("l", "1", List.of("x"), null))));
    db.records().delete(layout, c.id(), -1, stamp());

    int changed = db.records().updateAll(layout, List.of(a.id(), b.id(), c.id(), 999L),
        Map.of("integer", 5L, "users", List.of(9L, 8L)), stamp());
    assertThat(changed).isEqualTo(2);
    assertThat(db.records().get(layout, a.id()).orElseThrow().values()).containsEntry("integer", 5L)
        .containsEntry("users", List.of(9L, 8L)).containsEntry("text", "a");
    assertThat(db.records().get(layout, b.id()).orElseThrow().version()).isEqualTo(2);
    assertThat(db.records().get(layout, c.id()).orElseThrow().value("integer")).isNull();

    assertThat(db.records().deleteAll(layout, List.of(a.id(), b.id(), c.id()), stamp())).isEqualTo(2);
    assertThat(db.records().restoreAll(layout, List.of(a.id()), stamp())).isEqualTo(1);
    assertThat(db.records().purge(layout, List.of(a.id(), b.id(), c.id()))).isEqualTo(2);
    assertThat(db.records().get(layout, b.id())).isEmpty();
    assertThat(db.records().get(layout, c.id())).isEmpty();
    assertThat(db.records().get(layout, a.id())).isPresent();
    assertThat(db.number("SELECT COUNT(*) FROM " + layout.table() + "_s31")).isZero();
    String colors = db.forms().allocation(layout.formId()).find("f31", "f3").orElseThrow().table();
    assertThat(db.number("SELECT COUNT(*) FROM " + colors)).isZero();
  }

  @Test
  void aDraftGetsItsSerialNumberWhenSubmitted() {
    RecordData draft = db.records().insert(layout, Map.of("text", "draft"), new NewRecord(7L, 3L,
        RecordStatus.DRAFT, 7L, db.clock().now()));
    assertThat(draft.serial()).isNull();
    assertThat(draft.value("serial")).isNull();
    insert(layout, Map.of("text", "submitted"));

    RecordData submitted = db.records().setStatus(layout, draft.id(), 1, RecordStatus.SUBMITTED, stamp());
    assertThat(submitted.status()).isEqualTo(RecordStatus.SUBMITTED);
    assertThat(submitted.serial()).isEqualTo("EV-20260105-002");
    assertThat(submitted.value("serial")).isEqualTo("EV-20260105-002");
    assertThat(submitted.version()).isEqualTo(2);
    RecordData approved = db.records().setStatus(layout, draft.id(), 2, RecordStatus.APPROVED, stamp());
    assertThat(approved.serial()).isEqualTo("EV-20260105-002");
    assertThatThrownBy(() -> db.records().setStatus(layout, draft.id(), 2, RecordStatus.REJECTED, stamp()))
        .isInstanceOf(RecordConflictException.class);
  }

  @Test
  void manyRecordsAreInsertedInOneGoWithConsecutiveSerialNumbers() {
    RecordData before = insert(layout, Map.of("text", "before"));
    List<Map<String, Object>> rows = new java.util.ArrayList<>();
    for (int i = 0; i < 1200; i++) {
      rows.add(Map.of("text", "row " + i, "users", List.of((long) i, 1L), "items",
          List.of(line("a" + i, "1", List.of("c" + i), null), line("b" + i, "2", List.of(), null))));
    }
    List<RecordData> inserted = db.records().insertAll(layout, rows, new NewRecord(7L, 3L, RecordStatus.SUBMITTED,
        7L, db.clock().now()));

    assertThat(inserted).hasSize(1200);
    assertThat(inserted.get(0).serial()).isEqualTo("EV-20260105-002");
    assertThat(inserted.get(1199).serial()).isEqualTo("EV-20260105-1201");
    assertThat(inserted).extracting(RecordData::id).doesNotHaveDuplicates().allMatch(id -> id > before.id());
    RecordData last = db.records().get(layout, inserted.get(1199).id()).orElseThrow();
    assertThat(last).isEqualTo(inserted.get(1199));
    assertThat(last.values()).containsEntry("text", "row 1199").containsEntry("users", List.of(1199L, 1L));
    assertThat(F.map(((List<?>) last.value("items")).get(0))).containsEntry("item", "a1199")
        .containsEntry("colors", List.of("c1199"));
    assertThat(db.number("SELECT COUNT(*) FROM " + layout.table() + "_s31")).isEqualTo(2400);
    assertThat(insert(layout, Map.of()).serial()).isEqualTo("EV-20260105-1202");
  }

  @Test
  void userTextIsStoredAsTextNeverAsSql() {
    String nasty = "'); DELETE FROM forms_form; --";
    RecordData record = insert(layout, Map.of("text", nasty, "items", List.of(line(nasty, null, List.of(nasty),
        null))));
    assertThat(db.records().get(layout, record.id()).orElseThrow().value("text")).isEqualTo(nasty);
    assertThat(db.forms().list(true)).hasSize(1);
    assertThat(db.records().query(layout, RecordQuery.all().where("text", RecordQuery.Operator.EQ, nasty),
        ListOptions.live()).records()).hasSize(1);
  }
}
