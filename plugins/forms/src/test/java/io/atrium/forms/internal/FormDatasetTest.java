package io.atrium.forms.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.sdk.dataset.Aggregate;
import io.atrium.sdk.dataset.Dataset;
import io.atrium.sdk.dataset.DatasetField;
import io.atrium.sdk.dataset.DatasetQuery;
import io.atrium.sdk.dataset.DateBucket;
import io.atrium.sdk.dataset.FilterOperator;
import io.atrium.sdk.dataset.UnknownFieldException;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.security.AccessDeniedException;
import io.atrium.sdk.security.FieldAccess;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/** A published form as a report dataset: for the current user's permission, row scope and field access. */
class FormDatasetTest {

  private FormsFixture fixture;
  private Dataset dataset;
  private RecordData pens;

  @BeforeEach
  void publish() {
    fixture = new FormsFixture();
    fixture.publish("supplies", FormsFixture.supplies("supplies"));
    pens = fixture.submit(1L, "supplies", Map.of("title", "Pens", "kind", "pen", "amount", "10.00",
        "day", "2026-01-07"));
    fixture.submit(1L, "supplies", Map.of("title", "More pens", "kind", "pen", "amount", "5.50", "day", "2026-02-02"));
    fixture.submit(2L, "supplies", Map.of("title", "Paper", "kind", "paper", "amount", "30.00", "day", "2026-02-03"));
    dataset = new FormDataset("supplies", fixture.forms, fixture.aggregates, fixture.kit.user(), fixture.kit.access());
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  private static BigDecimal n(String value) {
    return new BigDecimal(value);
  }

  @Test
  void aPublishedFormIsADatasetOfItsRecords() {
    assertThat(dataset.key()).isEqualTo("forms.supplies");
    assertThat(dataset.label()).isEqualTo("Supplies");
    assertThat(dataset.readable()).isTrue();
    assertThat(dataset.fields()).extracting(DatasetField::name).contains("status", "createdAt", "title", "amount");
    assertThat(dataset.field("amount")).isPresent();

    assertThat(dataset.query(DatasetQuery.create().dimension("kind").count().measure(Aggregate.SUM, "amount"))
        .rows()).containsExactly(List.of("paper", n("1"), n("30.00")), List.of("pen", n("2"), n("15.50")));
    assertThat(dataset.query(DatasetQuery.create().dimension("day", DateBucket.MONTH).count()).rows())
        .containsExactly(List.of(LocalDate.parse("2026-01-01"), n("1")), List.of(LocalDate.parse("2026-02-01"),
            n("2")));
  }

  @Test
  void onlyTheRowsOfTheUsersViewScopeCount() {
    fixture.kit.access().rows("forms:supplies", "view", Set.of(2L), Set.of());

    assertThat(dataset.query(DatasetQuery.create().count().measure(Aggregate.SUM, "amount")).rows())
        .containsExactly(List.of(n("1"), n("30.00")));

    fixture.kit.access().rows("forms:supplies", "view", Set.of(), Set.of());
    assertThat(dataset.query(DatasetQuery.create().count()).rows()).isEmpty();
  }

  @Test
  void aHiddenFieldIsNotOfferedAndCannotBeADimensionAMeasureOrAFilter() {
    fixture.kit.access().field("forms:supplies", "amount", FieldAccess.HIDDEN);

    assertThat(dataset.fields()).extracting(DatasetField::name).doesNotContain("amount").contains("kind");
    for (DatasetQuery query : List.of(DatasetQuery.create().measure(Aggregate.SUM, "amount"),
        DatasetQuery.create().dimension("amount").count(),
        DatasetQuery.create().count().filter("amount", FilterOperator.GT, "1"))) {
      assertThatThrownBy(() -> dataset.query(query)).isInstanceOf(UnknownFieldException.class)
          .hasMessageContaining("no field amount you may use");
    }
    // a readable field is enough
    fixture.kit.access().field("forms:supplies", "amount", FieldAccess.READ);
    assertThat(dataset.query(DatasetQuery.create().measure(Aggregate.MAX, "amount")).rows())
        .containsExactly(List.of(n("30.00")));
  }

  @Test
  void withoutTheViewPermissionNothingIsOfferedAndQueriesAreRefused() {
    fixture.kit.user().signIn("bob", "forms:use", "forms:supplies:create");

    assertThat(dataset.readable()).isFalse();
    assertThat(dataset.fields()).isEmpty();
    assertThatThrownBy(() -> dataset.query(DatasetQuery.create().count())).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void recordsInTheRecycleBinDoNotCount() {
    fixture.records.delete("supplies", List.of(pens.id()));

    assertThat(dataset.query(DatasetQuery.create().dimension("kind").count()).rows())
        .containsExactly(List.of("paper", n("1")), List.of("pen", n("1")));
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyPublishedFormAndEachFormPublishedLaterIsRegisteredWithItsKey() {
    List<Dictionary<String, ?>> registered = new ArrayList<>();
    BundleContext context = (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {BundleContext.class}, (proxy, method, args) -> {
          if (method.getName().equals("registerService")) {
            assertThat(args[0]).isEqualTo(Dataset.class);
            assertThat(args[1]).isInstanceOf(FormDataset.class);
            registered.add((Dictionary<String, ?>) args[2]);
            return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ServiceRegistration.class},
                (p, m, a) -> null);
          }
          throw new UnsupportedOperationException(method.getName());
        });
    FormDatasets datasets = new FormDatasets(context, fixture.forms, fixture.aggregates, fixture.kit.transactions(),
        fixture.kit.user(), fixture.kit.access());

    fixture.publish("leads", FormsFixture.supplies("leads"));
    datasets.deactivate();

    assertThat(registered).extracting(p -> (Object) p.get(Dataset.KEY_PROPERTY)).containsExactly("forms.supplies",
        "forms.leads");
  }
}
