package io.atrium.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.sdk.expression.ExpressionFailedException;
import io.atrium.sdk.expression.InvalidExpressionException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ElExpressionsTest {

  private final ElExpressions el = new ElExpressions();

  @Test
  void computesWithVariablesFunctionsAndLambdas() {
    assertThat(el.compile("price * quantity", BigDecimal.class)
        .evaluate(Map.of("price", new BigDecimal("2.50"), "quantity", 3L))).isEqualByComparingTo("7.5");
    List<Map<String, Object>> items = List.of(Map.of("amount", new BigDecimal("1.20")), Map.of("amount", 3L));
    assertThat(el.compile("sum(items, 'amount')", BigDecimal.class).evaluate(Map.of("items", items)))
        .isEqualByComparingTo("4.20");
    assertThat(el.compile("items.stream().map(i -> i.amount).sum()", BigDecimal.class).evaluate(Map.of("items", items)))
        .isEqualByComparingTo("4.20");
    assertThat(el.compile("endDate >= startDate", Boolean.class).evaluate(Map.of("startDate", LocalDate.of(2026, 1, 2),
        "endDate", LocalDate.of(2026, 1, 1)))).isFalse();
    assertThat(el.compile("amount > 5000", Boolean.class).evaluate(Map.of())).isFalse();
  }

  @Test
  void reportsVariablesButNotLambdaParametersOrProperties() {
    assertThat(el.compile("items.stream().map(i -> i.amount).sum() + rate * sum(lines, 'x')", BigDecimal.class)
        .variables()).containsExactlyInAnyOrder("items", "rate", "lines");
  }

  @Test
  void refusesInvalidTextAndReportsFailures() {
    assertThatThrownBy(() -> el.compile("amount >", Boolean.class)).isInstanceOf(InvalidExpressionException.class);
    assertThatThrownBy(() -> el.compile("a / b", BigDecimal.class)
        .evaluate(Map.of("a", BigDecimal.ONE, "b", BigDecimal.ZERO))).isInstanceOf(ExpressionFailedException.class);
  }
}
