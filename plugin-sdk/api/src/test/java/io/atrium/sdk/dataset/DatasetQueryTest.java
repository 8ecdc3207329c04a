package io.atrium.sdk.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetQueryTest {

  @Test
  void aQueryKeepsItsPartsInOrderAndEachStepIsANewQuery() {
    DatasetQuery base = DatasetQuery.create();
    DatasetQuery query = base.dimension("kind").dimension("createdAt", DateBucket.MONTH).count()
        .measure(Aggregate.SUM, "amount").filter("status", FilterOperator.EQ, "SUBMITTED").orderBy(3, false).limit(5);

    assertThat(base.columnCount()).isZero();
    assertThat(query.dimensions()).containsExactly(new DatasetQuery.Dimension("kind", null),
        new DatasetQuery.Dimension("createdAt", DateBucket.MONTH));
    assertThat(query.measures()).containsExactly(new DatasetQuery.Measure(Aggregate.COUNT, null),
        new DatasetQuery.Measure(Aggregate.SUM, "amount"));
    assertThat(query.filters()).hasSize(1);
    assertThat(query.sorts()).containsExactly(new DatasetQuery.Sort(3, false));
    assertThat(query.limit()).isEqualTo(5);
    assertThat(query.columnCount()).isEqualTo(4);
    assertThat(base.limit()).isEqualTo(DatasetQuery.DEFAULT_LIMIT);
  }

  @Test
  void onlyACountCountsRowsWithoutAFieldAndLimitsStayInRange() {
    assertThatThrownBy(() -> DatasetQuery.create().measure(Aggregate.SUM, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SUM needs a field");
    assertThatThrownBy(() -> DatasetQuery.create().limit(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DatasetQuery.create().limit(DatasetQuery.MAX_LIMIT + 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DatasetQuery.create().orderBy(-1, true)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aggregatesTakeTheTypesTheyCanCombine() {
    for (ValueType type : ValueType.values()) {
      assertThat(Aggregate.COUNT.accepts(type)).isTrue();
      assertThat(Aggregate.COUNT_DISTINCT.accepts(type)).isTrue();
      assertThat(Aggregate.SUM.accepts(type)).isEqualTo(type == ValueType.NUMBER);
      assertThat(Aggregate.AVG.accepts(type)).isEqualTo(type == ValueType.NUMBER);
    }
    assertThat(Aggregate.MAX.accepts(ValueType.DATE)).isTrue();
    assertThat(Aggregate.MIN.accepts(ValueType.TEXT)).isFalse();
    assertThat(Aggregate.MAX.resultType(ValueType.DATETIME)).isEqualTo(ValueType.DATETIME);
    assertThat(Aggregate.COUNT.resultType(ValueType.TEXT)).isEqualTo(ValueType.NUMBER);
    assertThat(ValueType.DATETIME.temporal()).isTrue();
    assertThat(ValueType.TIME.temporal()).isFalse();
  }

  @Test
  void aResultIsFrozenAndEveryRowFitsTheColumns() {
    List<DatasetColumn> columns = List.of(new DatasetColumn("kind", null, null, "Kind", ValueType.TEXT),
        new DatasetColumn(null, null, Aggregate.COUNT, "Count", ValueType.NUMBER));
    List<Object> row = new ArrayList<>();
    row.add("pen");
    row.add(BigDecimal.ONE);
    DatasetResult result = new DatasetResult(columns, List.of(row), false);
    row.set(0, "changed");

    assertThat(result.value(0, 0)).isEqualTo("pen");
    assertThat(result.columns().get(1).measure()).isTrue();
    assertThatThrownBy(() -> result.rows().get(0).set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> new DatasetResult(columns, List.of(List.of("only one")), false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DatasetColumn(null, null, Aggregate.SUM, "Sum", ValueType.NUMBER))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
