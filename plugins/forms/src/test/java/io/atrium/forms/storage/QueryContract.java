package io.atrium.forms.storage;

import static io.atrium.forms.storage.F.field;
import static io.atrium.forms.storage.F.schema;
import static io.atrium.sdk.record.RecordQuery.Operator.CONTAINS;
import static io.atrium.sdk.record.RecordQuery.Operator.EMPTY;
import static io.atrium.sdk.record.RecordQuery.Operator.EQ;
import static io.atrium.sdk.record.RecordQuery.Operator.GE;
import static io.atrium.sdk.record.RecordQuery.Operator.GT;
import static io.atrium.sdk.record.RecordQuery.Operator.IN;
import static io.atrium.sdk.record.RecordQuery.Operator.LE;
import static io.atrium.sdk.record.RecordQuery.Operator.LT;
import static io.atrium.sdk.record.RecordQuery.Operator.NE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.forms.schema.FieldType;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.record.RecordQuery;
import io.atrium.sdk.record.RecordStatus;
import io.atrium.sdk.security.RowFilter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Record queries: every operator, sorting, paging, counting, row filters and quick search. */
abstract class QueryContract extends StorageContract {

  private FormLayout layout;
  private final List<RecordData> records = new ArrayList<>();

  @BeforeEach
  void fill() {
    layout = publish(schema("query", F.of("f1", "name", FieldType.TEXT).filterable().build(),
        F.of("f2", "amount", FieldType.DECIMAL).filterable().build(), field("f3", "qty", FieldType.INTEGER),
        field("f4", "due", FieldType.DATE), field("f5", "at", FieldType.DATETIME),
        field("f6", "tags", FieldType.MULTISELECT), field("f7", "done", FieldType.SWITCH),
        field("f8", "memo", FieldType.RICHTEXT), F.of("f9", "items", FieldType.SUBTABLE)
            .lines(field("f1", "x", FieldType.TEXT)).build()));
    add("Alpha", "10.00", 1L, "2026-01-01", List.of("red"), true, 7L, 3L);
    add("beta", "20.50", 2L, "2026-01-02", List.of("red", "blue"), false, 7L, 4L);
    add("Gamma 100%", "30.00", null, "2026-01-03", List.of(), null, 8L, 3L);
    add("delta_x", null, 4L, null, List.of("blue"), true, 9L, 5L);
    add("ALPHA two", "5.25", 5L, "2026-02-01", List.of("green"), false, null, null);
  }

  private void add(String name, String amount, Long qty, String due, List<String> tags, Boolean done, Long owner,
      Long department) {
    Map<String, Object> values = new HashMap<>();
    values.put("name", name);
    values.put("amount", amount == null ? null : new BigDecimal(amount));
    values.put("qty", qty);
    values.put("due", due == null ? null : LocalDate.parse(due));
    values.put("at", Instant.parse("2026-01-01T00:00:00Z").plus(Duration.ofHours(records.size())));
    values.put("tags", tags);
    values.put("done", done);
    db.advanceClock(Duration.ofMinutes(1));
    records.add(db.records().insert(layout, values, new NewRecord(owner, department, records.size() % 2 == 0
        ? RecordStatus.SUBMITTED : RecordStatus.DRAFT, owner, db.clock().now())));
  }

  /** The names found, sorted in Java: text order in the database follows its collation. */
  private List<String> names(RecordQuery query) {
    return names(query, ListOptions.live());
  }

  private List<String> names(RecordQuery query, ListOptions options) {
    return ordered(query, options).stream().sorted().toList();
  }

  /** The names in the order the database returned them. */
  private List<String> ordered(RecordQuery query) {
    return ordered(query, ListOptions.live());
  }

  private List<String> ordered(RecordQuery query, ListOptions options) {
    return db.records().query(layout, query, options).records().stream().map(r -> (String) r.value("name")).toList();
  }

  private static RecordQuery byName() {
    return RecordQuery.all();
  }

  @Test
  void everyOperatorOnSingleValuedFields() {
    assertThat(names(byName().where("name", EQ, "beta"))).containsExactly("beta");
    assertThat(ordered(RecordQuery.all().where("qty", NE, 2).orderBy("qty", true)))
        .containsExactly("Alpha", "delta_x", "ALPHA two", "Gamma 100%");
    assertThat(ordered(RecordQuery.all().where("amount", LT, new BigDecimal("20.5")).orderBy("amount", true)))
        .containsExactly("ALPHA two", "Alpha");
    assertThat(ordered(RecordQuery.all().where("amount", LE, "20.50").orderBy("amount", true)))
        .containsExactly("ALPHA two", "Alpha", "beta");
    assertThat(ordered(RecordQuery.all().where("amount", GT, 20).orderBy("amount", false)))
        .containsExactly("Gamma 100%", "beta");
    assertThat(ordered(RecordQuery.all().where("due", GE, "2026-01-03").orderBy("due", true)))
        .containsExactly("Gamma 100%", "ALPHA two");
    assertThat(names(byName().where("name", CONTAINS, "alpha"))).containsExactly("ALPHA two", "Alpha");
    assertThat(names(byName().where("name", CONTAINS, "100%"))).containsExactly("Gamma 100%");
    assertThat(names(byName().where("name", CONTAINS, "a_x"))).containsExactly("delta_x");
    assertThat(names(byName().where("name", CONTAINS, "_"))).containsExactly("delta_x");
    assertThat(names(byName().where("qty", IN, List.of(1L, 5, "4")))).containsExactly("ALPHA two", "Alpha",
        "delta_x");
    assertThat(names(byName().where("qty", IN, List.of()))).isEmpty();
    assertThat(names(byName().where("amount", EMPTY, null))).containsExactly("delta_x");
    assertThat(names(byName().where("done", EQ, true))).containsExactly("Alpha", "delta_x");
    assertThat(names(byName().where("done", EQ, null))).containsExactly("Gamma 100%");
    assertThat(names(byName().where("done", NE, null))).hasSize(4);
    assertThat(names(byName().where("at", GE, Instant.parse("2026-01-01T03:00:00Z")))).containsExactly("ALPHA two",
        "delta_x");
    assertThat(names(byName().where("memo", EMPTY, null))).hasSize(5);
    assertThat(names(byName().where("amount", GE, 5).where("amount", LT, 25))).containsExactly("ALPHA two",
        "Alpha", "beta");
  }

  @Test
  void multiValuedFieldsMatchWhenAnyValueDoes() {
    assertThat(names(byName().where("tags", EQ, "red"))).containsExactly("Alpha", "beta");
    assertThat(names(byName().where("tags", NE, "red"))).containsExactly("ALPHA two", "Gamma 100%", "delta_x");
    assertThat(names(byName().where("tags", IN, List.of("green", "blue")))).containsExactly("ALPHA two", "beta",
        "delta_x");
    assertThat(names(byName().where("tags", EMPTY, null))).containsExactly("Gamma 100%");
    assertThat(names(byName().where("tags", CONTAINS, "LU"))).containsExactly("beta", "delta_x");
  }

  @Test
  void systemAttributesCanBeFilteredAndSorted() {
    assertThat(names(byName().where("ownerId", EQ, 7L))).containsExactly("Alpha", "beta");
    assertThat(names(byName().where("departmentId", IN, List.of(3L, 5L)))).containsExactly("Alpha", "Gamma 100%",
        "delta_x");
    assertThat(names(byName().where("status", EQ, RecordStatus.DRAFT))).containsExactly("beta", "delta_x");
    assertThat(names(byName().where("status", IN, List.of("SUBMITTED")))).hasSize(3);
    assertThat(names(byName().where("id", GT, records.get(2).id()))).containsExactly("ALPHA two", "delta_x");
    assertThat(names(byName().where("createdAt", LE, records.get(1).createdAt()))).containsExactly("Alpha", "beta");
    assertThat(ordered(RecordQuery.all().orderBy("updatedAt", true))).containsExactly("Alpha", "beta",
        "Gamma 100%", "delta_x", "ALPHA two");
    assertThat(ordered(RecordQuery.all())).containsExactly("ALPHA two", "delta_x", "Gamma 100%", "beta", "Alpha");
    assertThatThrownBy(() -> names(RecordQuery.all().where("status", EQ, "LOST")))
        .isInstanceOf(InvalidQueryException.class).hasMessageContaining("'LOST' is no status");
  }

  @Test
  void sortsPutEmptyValuesLastAscendingAndFirstDescending() {
    assertThat(ordered(RecordQuery.all().orderBy("amount", true))).containsExactly("ALPHA two", "Alpha", "beta",
        "Gamma 100%", "delta_x");
    assertThat(ordered(RecordQuery.all().orderBy("amount", false))).containsExactly("delta_x", "Gamma 100%", "beta",
        "Alpha", "ALPHA two");
    assertThat(ordered(RecordQuery.all().orderBy("done", true).orderBy("qty", false)))
        .containsExactly("ALPHA two", "beta", "delta_x", "Alpha", "Gamma 100%");
  }

  @Test
  void pagesCountTheTotalAndSayWhetherMoreFollow() {
    RecordQuery query = RecordQuery.all().orderBy("amount", true);
    RecordList first = db.records().query(layout, query.page(0, 2), ListOptions.live());
    assertThat(first.records()).extracting(r -> r.value("name")).containsExactly("ALPHA two", "Alpha");
    assertThat(first.total()).isEqualTo(5);
    assertThat(first.totalExact()).isTrue();
    assertThat(first.hasMore()).isTrue();
    RecordList last = db.records().query(layout, query.page(4, 2), ListOptions.live());
    assertThat(last.records()).extracting(r -> r.value("name")).containsExactly("delta_x");
    assertThat(last.hasMore()).isFalse();
    assertThat(last.total()).isEqualTo(5);
    assertThat(db.records().query(layout, query.page(10, 2), ListOptions.live()).total()).isEqualTo(5);

    RecordList capped = db.records().query(layout, query.page(0, 1), ListOptions.live().countingUpTo(3));
    assertThat(capped.total()).isEqualTo(3);
    assertThat(capped.totalExact()).isFalse();
    RecordList uncounted = db.records().query(layout, query.page(2, 2), ListOptions.live().countingUpTo(0));
    assertThat(uncounted.total()).isEqualTo(5);
    assertThat(uncounted.totalExact()).isFalse();
    assertThat(uncounted.hasMore()).isTrue();
    assertThat(capped.toPage().total()).isEqualTo(3);
  }

  @Test
  void aRowFilterNarrowsToOwnersOrDepartments() {
    assertThat(names(byName(), ListOptions.live().withRowFilter(filter(false, Set.of(7L), Set.of()))))
        .containsExactly("Alpha", "beta");
    assertThat(names(byName(), ListOptions.live().withRowFilter(filter(false, Set.of(9L), Set.of(3L)))))
        .containsExactly("Alpha", "Gamma 100%", "delta_x");
    assertThat(names(byName(), ListOptions.live().withRowFilter(filter(false, Set.of(), Set.of())))).isEmpty();
    assertThat(names(byName(), ListOptions.live().withRowFilter(filter(true, Set.of(), Set.of())))).hasSize(5);
  }

  @Test
  void quickSearchLeavesOutTheFieldsItIsToldToSkip() {
    assertThat(names(byName(), ListOptions.live().withQuickSearch("alp", Set.of("name")))).isEmpty();
    assertThat(names(byName(), ListOptions.live().withQuickSearch("alp", Set.of("other")))).hasSize(2);
  }

  @Test
  void quickSearchLooksInTextFieldsIgnoringCase() {
    assertThat(names(byName(), ListOptions.live().withQuickSearch("alp"))).containsExactly("ALPHA two", "Alpha");
    assertThat(names(byName(), ListOptions.live().withQuickSearch(" 100% "))).containsExactly("Gamma 100%");
    assertThat(names(byName(), ListOptions.live().withQuickSearch("nothing"))).isEmpty();
    assertThat(names(byName().where("qty", GT, 1), ListOptions.live().withQuickSearch("a")))
        .containsExactly("ALPHA two", "beta", "delta_x");
  }

  @Test
  void unknownFieldsAndImpossibleComparisonsAreClearErrors() {
    assertThatThrownBy(() -> names(RecordQuery.all().where("amout", EQ, 1)))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("Form query has no field 'amout'; use one of name, amount");
    assertThatThrownBy(() -> names(RecordQuery.all().orderBy("tags", true)))
        .isInstanceOf(InvalidQueryException.class).hasMessageContaining("cannot be sorted on");
    assertThatThrownBy(() -> names(RecordQuery.all().where("items", EQ, "x")))
        .isInstanceOf(InvalidQueryException.class).hasMessageContaining("Sub-table 'items'");
    assertThatThrownBy(() -> names(RecordQuery.all().where("qty", CONTAINS, "1")))
        .isInstanceOf(InvalidQueryException.class).hasMessageContaining("CONTAINS works on text");
    assertThatThrownBy(() -> names(RecordQuery.all().where("qty", EQ, "many")))
        .isInstanceOf(InvalidQueryException.class).hasMessageContaining("'many' is not a value 'qty'");
    assertThatThrownBy(() -> names(RecordQuery.all().where("due", LT, "soon")))
        .isInstanceOf(InvalidQueryException.class);
  }

  private static RowFilter filter(boolean all, Set<Long> owners, Set<Long> departments) {
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
