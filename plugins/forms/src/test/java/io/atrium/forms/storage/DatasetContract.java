package io.atrium.forms.storage;

import static io.atrium.forms.storage.F.field;
import static io.atrium.forms.storage.F.schema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.forms.schema.FieldType;
import io.atrium.sdk.dataset.Aggregate;
import io.atrium.sdk.dataset.AggregateNotAllowedException;
import io.atrium.sdk.dataset.DatasetField;
import io.atrium.sdk.dataset.DatasetQuery;
import io.atrium.sdk.dataset.DatasetResult;
import io.atrium.sdk.dataset.DateBucket;
import io.atrium.sdk.dataset.FieldKind;
import io.atrium.sdk.dataset.FilterOperator;
import io.atrium.sdk.dataset.InvalidDatasetQueryException;
import io.atrium.sdk.dataset.UnknownFieldException;
import io.atrium.sdk.dataset.ValueType;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.record.RecordStatus;
import io.atrium.sdk.security.RowFilter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Dataset queries compiled to SQL: every aggregate, date buckets of dates and of instants in the
 * company's zone (Asia/Shanghai), filters, row filters, sub-table lines, sort and limit, deleted
 * records left out, and the refusals.
 */
abstract class DatasetContract extends StorageContract {

  private FormLayout layout;
  private RecordAggregates aggregates;
  private long deletedId;

  @BeforeEach
  void fill() {
    layout = publish(schema("sales", field("f1", "kind", FieldType.TEXT),
        F.of("f2", "amount", FieldType.DECIMAL).scale(2).build(), field("f3", "qty", FieldType.INTEGER),
        field("f4", "day", FieldType.DATE), field("f5", "at", FieldType.DATETIME),
        field("f6", "done", FieldType.SWITCH), field("f7", "memo", FieldType.RICHTEXT),
        field("f8", "tags", FieldType.MULTISELECT),
        F.of("f9", "items", FieldType.SUBTABLE).lines(field("f1", "cat", FieldType.TEXT),
            F.of("f2", "amt", FieldType.DECIMAL).scale(2).build()).build()));
    aggregates = db.aggregates();
    // the first instant is 2026-01-01 01:30 in Shanghai, still 2025 in UTC
    add("pen", "10.00", 1L, "2026-01-07", "2025-12-31T17:30:00Z", true, 7L, 3L, line("a", "1.00"), line("b", "2.50"));
    add("pen", "20.50", 2L, "2026-01-05", "2026-01-01T00:00:00Z", false, 7L, 4L, line("a", "3.00"));
    // 2026-04-01 00:30 in Shanghai: the second quarter
    add("paper", "30.00", null, "2026-02-01", "2026-03-31T16:30:00Z", null, 8L, 3L);
    add("paper", null, 4L, "2026-04-01", null, null, 9L, 5L, line("b", "4.00"));
    RecordData gone = add(null, "5.25", 5L, "2025-12-31", "2025-06-01T00:00:00Z", true, 7L, 3L, line("a", "100.00"));
    db.records().delete(layout, gone.id(), -1, stamp());
    deletedId = gone.id();
  }

  private static Map<String, Object> line(String cat, String amt) {
    Map<String, Object> line = new HashMap<>();
    line.put("cat", cat);
    line.put("amt", new BigDecimal(amt));
    return line;
  }

  @SafeVarargs
  private RecordData add(String kind, String amount, Long qty, String day, String at, Boolean done, Long owner,
      Long department, Map<String, Object>... lines) {
    Map<String, Object> values = new HashMap<>();
    values.put("kind", kind);
    values.put("amount", amount == null ? null : new BigDecimal(amount));
    values.put("qty", qty);
    values.put("day", day == null ? null : LocalDate.parse(day));
    values.put("at", at == null ? null : Instant.parse(at));
    values.put("done", done);
    values.put("items", List.of(lines));
    return db.records().insert(layout, values, new NewRecord(owner, department, RecordStatus.SUBMITTED, owner,
        db.clock().now()));
  }

  private DatasetResult run(DatasetQuery query) {
    return aggregates.aggregate(layout, query, null, Set.of(), Locale.ENGLISH);
  }

  private DatasetResult run(DatasetQuery query, RowFilter rows) {
    return aggregates.aggregate(layout, query, rows, Set.of(), Locale.ENGLISH);
  }

  private static List<List<Object>> rows(DatasetResult result) {
    return result.rows();
  }

  private static List<Object> row(Object... values) {
    return new ArrayList<>(Arrays.asList(values));
  }

  private static BigDecimal n(String value) {
    return new BigDecimal(value);
  }

  @Test
  void everyAggregatePerGroupOverLiveRecordsOnly() {
    DatasetResult result = run(DatasetQuery.create().dimension("kind").count().measure(Aggregate.SUM, "amount")
        .measure(Aggregate.AVG, "amount").measure(Aggregate.MIN, "amount").measure(Aggregate.MAX, "amount")
        .measure(Aggregate.COUNT, "qty").measure(Aggregate.COUNT_DISTINCT, "ownerId").measure(Aggregate.SUM, "qty")
        .measure(Aggregate.AVG, "qty"));

    assertThat(rows(result)).containsExactly(
        row("paper", n("2"), n("30.00"), n("30.0000"), n("30.00"), n("30.00"), n("1"), n("2"), n("4"), n("4.00")),
        row("pen", n("2"), n("30.50"), n("15.2500"), n("10.00"), n("20.50"), n("2"), n("1"), n("3"), n("1.50")));
    assertThat(result.truncated()).isFalse();
    assertThat(result.columns()).extracting(c -> c.label()).containsExactly("kind", "Count", "amount (sum)",
        "amount (average)", "amount (smallest)", "amount (largest)", "qty (count)", "Owner (distinct)", "qty (sum)",
        "qty (average)");
    assertThat(result.columns()).extracting(c -> c.type()).containsOnly(ValueType.TEXT, ValueType.NUMBER);
  }

  @Test
  void withoutDimensionsOneRowCoversEveryLiveRecord() {
    DatasetResult result = run(DatasetQuery.create().count().measure(Aggregate.SUM, "amount")
        .measure(Aggregate.MIN, "day").measure(Aggregate.MAX, "at").measure(Aggregate.MAX, "createdAt"));

    assertThat(rows(result)).containsExactly(row(n("4"), n("60.50"), LocalDate.parse("2026-01-05"),
        Instant.parse("2026-03-31T16:30:00Z"), db.clock().now()));
    assertThat(result.columns().get(2).type()).isEqualTo(ValueType.DATE);
    assertThat(result.columns().get(3).type()).isEqualTo(ValueType.DATETIME);

    // restoring the deleted record brings it back into the count
    db.records().restore(layout, deletedId, stamp());
    assertThat(rows(run(DatasetQuery.create().count()))).containsExactly(row(n("5")));
  }

  @Test
  void datesGoIntoDayWeekMonthQuarterAndYearBuckets() {
    assertThat(rows(run(DatasetQuery.create().dimension("day", DateBucket.DAY).count()))).containsExactly(
        row(LocalDate.parse("2026-01-05"), n("1")), row(LocalDate.parse("2026-01-07"), n("1")),
        row(LocalDate.parse("2026-02-01"), n("1")), row(LocalDate.parse("2026-04-01"), n("1")));
    // ISO weeks start on Monday: 2026-02-01 is a Sunday
    assertThat(rows(run(DatasetQuery.create().dimension("day", DateBucket.WEEK).count()))).containsExactly(
        row(LocalDate.parse("2026-01-05"), n("2")), row(LocalDate.parse("2026-01-26"), n("1")),
        row(LocalDate.parse("2026-03-30"), n("1")));
    assertThat(rows(run(DatasetQuery.create().dimension("day", DateBucket.MONTH).measure(Aggregate.SUM, "amount"))))
        .containsExactly(row(LocalDate.parse("2026-01-01"), n("30.50")), row(LocalDate.parse("2026-02-01"),
            n("30.00")), row(LocalDate.parse("2026-04-01"), null));
    assertThat(rows(run(DatasetQuery.create().dimension("day", DateBucket.QUARTER).count()))).containsExactly(
        row(LocalDate.parse("2026-01-01"), n("3")), row(LocalDate.parse("2026-04-01"), n("1")));
    DatasetResult years = run(DatasetQuery.create().dimension("day", DateBucket.YEAR).count());
    assertThat(rows(years)).containsExactly(row(LocalDate.parse("2026-01-01"), n("4")));
    assertThat(years.columns().get(0).type()).isEqualTo(ValueType.DATE);
    assertThat(years.columns().get(0).bucket()).isEqualTo(DateBucket.YEAR);
    assertThat(years.columns().get(0).label()).isEqualTo("day (year)");
  }

  @Test
  void instantsAreBucketedInTheCompanysZoneAndEmptyOnesComeLast() {
    assertThat(rows(run(DatasetQuery.create().dimension("at", DateBucket.DAY).count()))).containsExactly(
        row(LocalDate.parse("2026-01-01"), n("2")), row(LocalDate.parse("2026-04-01"), n("1")), row(null, n("1")));
    assertThat(rows(run(DatasetQuery.create().dimension("at", DateBucket.YEAR).count()))).containsExactly(
        row(LocalDate.parse("2026-01-01"), n("3")), row(null, n("1")));
    assertThat(rows(run(DatasetQuery.create().dimension("at", DateBucket.QUARTER).count()))).containsExactly(
        row(LocalDate.parse("2026-01-01"), n("2")), row(LocalDate.parse("2026-04-01"), n("1")), row(null, n("1")));
    assertThat(rows(run(DatasetQuery.create().dimension("createdAt", DateBucket.MONTH).count()))).containsExactly(
        row(LocalDate.parse("2026-01-01"), n("4")));
    assertThat(rows(run(DatasetQuery.create().dimension("done").count()))).containsExactly(row(false, n("1")),
        row(true, n("1")), row(null, n("2")));
  }

  @Test
  void filtersNarrowTheRows() {
    DatasetQuery count = DatasetQuery.create().count();
    assertThat(rows(run(count.filter("kind", FilterOperator.EQ, "pen")))).containsExactly(row(n("2")));
    assertThat(rows(run(count.filter("kind", FilterOperator.NE, "pen")))).containsExactly(row(n("2")));
    assertThat(rows(run(count.filter("kind", FilterOperator.IN, List.of("pen", "paper"))
        .filter("amount", FilterOperator.GE, "20")))).containsExactly(row(n("2")));
    assertThat(rows(run(count.filter("kind", FilterOperator.CONTAINS, "PA")))).containsExactly(row(n("2")));
    assertThat(rows(run(count.filter("qty", FilterOperator.EMPTY, null)))).containsExactly(row(n("1")));
    assertThat(rows(run(count.filter("amount", FilterOperator.NOT_EMPTY, null)))).containsExactly(row(n("3")));
    assertThat(rows(run(count.filter("day", FilterOperator.LT, "2026-02-01")))).containsExactly(row(n("2")));
    assertThat(rows(run(count.filter("amount", FilterOperator.GT, new BigDecimal("10")).filter("amount",
        FilterOperator.LE, 30)))).containsExactly(row(n("2")));
    assertThat(rows(run(count.filter("done", FilterOperator.EQ, true)))).containsExactly(row(n("1")));
    assertThat(rows(run(count.filter("status", FilterOperator.IN, List.of("SUBMITTED"))))).containsExactly(
        row(n("4")));
    assertThat(rows(run(count.filter("ownerId", FilterOperator.EQ, 9L)))).containsExactly(row(n("1")));
    assertThat(rows(run(count.filter("createdAt", FilterOperator.LT, "2026-01-01T00:00:00Z")))).containsExactly(
        row(n("0")));
  }

  @Test
  void filterValuesThatDoNotFitTheirFieldAreRefused() {
    DatasetQuery count = DatasetQuery.create().count();
    assertThatThrownBy(() -> run(count.filter("amount", FilterOperator.GT, "lots")))
        .isInstanceOf(InvalidDatasetQueryException.class).hasMessageContaining("A filter does not fit");
    assertThatThrownBy(() -> run(count.filter("amount", FilterOperator.CONTAINS, "1")))
        .isInstanceOf(InvalidDatasetQueryException.class).hasMessageContaining("is not text");
    assertThatThrownBy(() -> run(count.filter("status", FilterOperator.EQ, "LOST")))
        .isInstanceOf(InvalidDatasetQueryException.class).hasMessageContaining("LOST");
  }

  @Test
  void theRowFilterLimitsTheRowsToOwnersOrDepartments() {
    DatasetQuery query = DatasetQuery.create().count().measure(Aggregate.SUM, "amount");
    assertThat(rows(run(query, rows(false, Set.of(7L), Set.of())))).containsExactly(row(n("2"), n("30.50")));
    assertThat(rows(run(query, rows(false, Set.of(), Set.of(3L))))).containsExactly(row(n("2"), n("40.00")));
    assertThat(rows(run(query, rows(false, Set.of(9L), Set.of(4L))))).containsExactly(row(n("2"), n("20.50")));
    assertThat(rows(run(query, rows(true, Set.of(), Set.of())))).containsExactly(row(n("4"), n("60.50")));
    DatasetResult none = run(query, rows(false, Set.of(), Set.of()));
    assertThat(none.rows()).isEmpty();
    assertThat(none.columns()).hasSize(2);
  }

  @Test
  void subTableMeasuresRunOverTheLinesOfLiveRecords() {
    assertThat(rows(run(DatasetQuery.create().dimension("items.cat").measure(Aggregate.SUM, "items.amt").count())))
        .containsExactly(row("a", n("4.00"), n("2")), row("b", n("6.50"), n("2")));
    assertThat(rows(run(DatasetQuery.create().dimension("kind").measure(Aggregate.SUM, "items.amt")
        .measure(Aggregate.COUNT_DISTINCT, "serial").measure(Aggregate.MAX, "items.amt"))))
        .containsExactly(row("paper", n("4.00"), n("0"), n("4.00")), row("pen", n("6.50"), n("0"), n("3.00")));
    assertThat(rows(run(DatasetQuery.create().measure(Aggregate.SUM, "items.amt")
        .filter("items.cat", FilterOperator.EQ, "a").filter("kind", FilterOperator.EQ, "pen"))))
        .containsExactly(row(n("4.00")));
    assertThat(rows(run(DatasetQuery.create().dimension("items.cat").count(), rows(false, Set.of(9L), Set.of()))))
        .containsExactly(row("b", n("1")));
  }

  @Test
  void sortingByAMeasureAndALimitThatCutsTheRows() {
    DatasetQuery byTotal = DatasetQuery.create().dimension("kind").measure(Aggregate.SUM, "amount").orderBy(1, false);
    assertThat(rows(run(byTotal))).containsExactly(row("pen", n("30.50")), row("paper", n("30.00")));
    DatasetResult first = run(byTotal.limit(1));
    assertThat(rows(first)).containsExactly(row("pen", n("30.50")));
    assertThat(first.truncated()).isTrue();
    assertThat(rows(run(DatasetQuery.create().dimension("qty").orderBy(0, false)))).containsExactly(row(n("4")),
        row(n("2")), row(n("1")), row((Object) null));
  }

  @Test
  void theFieldsAreTheUsableSingleValuedOnesWithTheirKindAndType() {
    List<DatasetField> fields = aggregates.fields(layout, Set.of(), Locale.ENGLISH);
    assertThat(fields).extracting(DatasetField::name).containsExactly("serial", "status", "ownerId", "departmentId",
        "createdAt", "updatedAt", "kind", "amount", "qty", "day", "at", "done", "items.cat", "items.amt");
    assertThat(fields).contains(new DatasetField("amount", "amount", FieldKind.MEASURE, ValueType.NUMBER),
        new DatasetField("kind", "kind", FieldKind.DIMENSION, ValueType.TEXT),
        new DatasetField("ownerId", "Owner", FieldKind.DIMENSION, ValueType.USER),
        new DatasetField("items.amt", "items: amt", FieldKind.MEASURE, ValueType.NUMBER),
        new DatasetField("at", "at", FieldKind.DIMENSION, ValueType.DATETIME));
    assertThat(aggregates.fields(layout, Set.of(), Locale.SIMPLIFIED_CHINESE).get(0).label()).isEqualTo("编号");
  }

  @Test
  void unknownFieldsWrongAggregatesAndWrongBucketsAreRefusedWithTheReason() {
    assertThatThrownBy(() -> run(DatasetQuery.create().dimension("nope").count()))
        .isInstanceOf(UnknownFieldException.class).hasMessageContaining("nope").hasMessageContaining("kind, amount");
    for (String notOffered : List.of("memo", "tags", "items", "id", "deletedAt")) {
      assertThatThrownBy(() -> run(DatasetQuery.create().measure(Aggregate.COUNT, notOffered)))
          .as(notOffered).isInstanceOf(UnknownFieldException.class);
    }
    assertThatThrownBy(() -> run(DatasetQuery.create().count().filter("memo", FilterOperator.EMPTY, null)))
        .isInstanceOf(UnknownFieldException.class);
    assertThatThrownBy(() -> run(DatasetQuery.create().measure(Aggregate.SUM, "kind")))
        .isInstanceOfSatisfying(AggregateNotAllowedException.class, e -> {
          assertThat(e.field()).isEqualTo("kind");
          assertThat(e.aggregate()).isEqualTo(Aggregate.SUM);
          assertThat(e.type()).isEqualTo(ValueType.TEXT);
          assertThat(e.getMessage()).startsWith("A sum cannot be taken of kind");
        });
    assertThatThrownBy(() -> run(DatasetQuery.create().measure(Aggregate.AVG, "day")))
        .isInstanceOf(AggregateNotAllowedException.class);
    assertThatThrownBy(() -> run(DatasetQuery.create().measure(Aggregate.MAX, "done")))
        .isInstanceOf(AggregateNotAllowedException.class);
    assertThatThrownBy(() -> run(DatasetQuery.create().dimension("amount", DateBucket.MONTH).count()))
        .isInstanceOf(InvalidDatasetQueryException.class).hasMessageContaining("holds no dates");
    assertThatThrownBy(() -> run(DatasetQuery.create().dimension("kind").orderBy(1, true)))
        .isInstanceOf(InvalidDatasetQueryException.class).hasMessageContaining("column 1");
    assertThatThrownBy(() -> run(DatasetQuery.create())).isInstanceOf(InvalidDatasetQueryException.class);
    assertThatThrownBy(() -> aggregates.aggregate(layout, DatasetQuery.create().measure(Aggregate.SUM, "kind"),
        null, Set.of(), Locale.SIMPLIFIED_CHINESE)).hasMessageContaining("不能对");
  }

  @Test
  void hiddenFieldsAreNeitherOfferedNorUsableAndTheRefusalDoesNotNameThem() {
    Set<String> hidden = Set.of("amount", "items");
    assertThat(aggregates.fields(layout, hidden, Locale.ENGLISH)).extracting(DatasetField::name)
        .doesNotContain("amount", "items.cat", "items.amt").contains("kind", "qty");
    for (DatasetQuery query : List.of(DatasetQuery.create().measure(Aggregate.SUM, "amount"),
        DatasetQuery.create().dimension("amount").count(), DatasetQuery.create().count().filter("amount",
            FilterOperator.GT, 1), DatasetQuery.create().measure(Aggregate.SUM, "items.amt"))) {
      assertThatThrownBy(() -> aggregates.aggregate(layout, query, null, hidden, Locale.ENGLISH))
          .isInstanceOf(UnknownFieldException.class).hasMessageNotContaining("amount,").hasMessageContaining("kind");
    }
  }

  @Test
  void userTextInValuesStaysAValue() {
    String hostile = "x' OR '1'='1";
    assertThat(rows(run(DatasetQuery.create().count().filter("kind", FilterOperator.EQ, hostile))))
        .containsExactly(row(n("0")));
    assertThat(rows(run(DatasetQuery.create().count().filter("kind", FilterOperator.CONTAINS, "%"))))
        .containsExactly(row(n("0")));
  }

  private static RowFilter rows(boolean all, Set<Long> owners, Set<Long> departments) {
    return new RowFilter() {
      @Override
      public boolean all() {
        return all;
      }

      @Override
      public Set<Long> ownerIds() {
        return owners;
      }

      @Override
      public Set<Long> departmentIds() {
        return departments;
      }
    };
  }
}
