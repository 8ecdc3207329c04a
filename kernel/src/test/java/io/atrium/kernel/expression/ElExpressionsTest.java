package io.atrium.kernel.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.kernel.time.KernelClock;
import io.atrium.sdk.expression.CompiledExpression;
import io.atrium.sdk.expression.ExpressionFailedException;
import io.atrium.sdk.expression.Expressions;
import io.atrium.sdk.expression.InvalidExpressionException;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ElExpressionsTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final KernelClock clock = new KernelClock(SHANGHAI);
  private final Expressions expressions = new ElExpressions(clock);

  private static List<Map<String, Object>> items(Object... amounts) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (Object amount : amounts) {
      Map<String, Object> item = new HashMap<>();
      item.put("amount", amount);
      items.add(item);
    }
    return items;
  }

  /** "refused" when evaluation fails with a message naming the expression, else what it returned. */
  private String outcome(String text, Map<String, ?> variables) {
    try {
      return "returned " + eval(text, variables);
    } catch (ExpressionFailedException e) {
      return e.getMessage().contains(text) ? "refused" : "refused without naming the expression: " + e.getMessage();
    }
  }

  private Object eval(String text, Map<String, ?> variables) {
    return expressions.compile(text, Object.class).evaluate(variables);
  }

  @Test
  void computesWithTheVariablesGiven() {
    // EL reads 1.13 as a double, so money is rounded to its scale
    CompiledExpression<BigDecimal> gross = expressions.compile("(amount * 1.13).setScale(2, 'HALF_UP')",
        BigDecimal.class);

    assertThat(gross.evaluate(Map.of("amount", new BigDecimal("100")))).isEqualTo(new BigDecimal("113.00"));
    assertThat(gross.evaluate(Map.of("amount", new BigDecimal("0.10")))).isEqualTo(new BigDecimal("0.11"));
    assertThat(expressions.compile("amount * 2 + 1", Long.class).evaluate(Map.of("amount", 200L))).isEqualTo(401L);
    assertThat(gross.text()).isEqualTo("(amount * 1.13).setScale(2, 'HALF_UP')");
    assertThat(gross.variables()).containsExactly("amount");
  }

  @Test
  void aVariableTheMapLacksReadsAsNull() {
    assertThat(expressions.compile("missing == null", Boolean.class).evaluate(Map.of())).isTrue();
    assertThat(expressions.compile("empty missing", Boolean.class).evaluate(null)).isTrue();
  }

  @Test
  void datesCompareWithLessAndGreaterThan() {
    CompiledExpression<Boolean> rule = expressions.compile("endDate >= startDate", Boolean.class);
    LocalDate start = LocalDate.of(2026, 3, 1);

    assertThat(rule.evaluate(Map.of("startDate", start, "endDate", start.plusDays(2)))).isTrue();
    assertThat(rule.evaluate(Map.of("startDate", start, "endDate", start))).isTrue();
    assertThat(rule.evaluate(Map.of("startDate", start, "endDate", start.minusDays(1)))).isFalse();
    assertThat(expressions.compile("startDate < endDate && endDate <= '2026-12-31'", Boolean.class)
        .evaluate(Map.of("startDate", start, "endDate", start.plusMonths(1)))).isTrue();
    LocalDateTime at = LocalDateTime.of(2026, 3, 1, 9, 30);
    assertThat(expressions.compile("a > b", Boolean.class).evaluate(Map.of("a", at, "b", at.minusMinutes(1))))
        .isTrue();
  }

  @Test
  void legacyDatesAreReadAsJavaTimeValues() {
    Map<String, Object> values = Map.of("signed", java.sql.Date.valueOf("2026-03-02"),
        "startDate", LocalDate.of(2026, 3, 1), "record", Map.of("at", java.sql.Timestamp.valueOf("2026-03-01 10:00:00")));

    assertThat(expressions.compile("signed > startDate", Boolean.class).evaluate(values)).isTrue();
    assertThat(eval("record.at", values)).isEqualTo(LocalDateTime.of(2026, 3, 1, 10, 0));
  }

  @Test
  void todayNowAndDaysBetweenUseTheCompanyClock() {
    clock.advance(Duration.between(Instant.now(), Instant.parse("2026-01-05T17:00:00Z")));
    // 17:00 UTC is already the next day in Shanghai
    assertThat(eval("today()", Map.of())).isEqualTo(LocalDate.of(2026, 1, 6));
    assertThat((LocalDateTime) eval("now()", Map.of())).isAfterOrEqualTo(LocalDateTime.of(2026, 1, 6, 1, 0));
    assertThat(expressions.compile("dueDate < today()", Boolean.class)
        .evaluate(Map.of("dueDate", LocalDate.of(2026, 1, 5)))).isTrue();
    assertThat(eval("daysBetween(startDate, endDate)", Map.of("startDate", LocalDate.of(2026, 1, 30),
        "endDate", LocalDate.of(2026, 3, 1)))).isEqualTo(30L);
    assertThat(eval("daysBetween('2026-01-01', at)", Map.of("at", LocalDateTime.of(2026, 1, 3, 23, 59))))
        .isEqualTo(2L);
    assertThat(eval("daysBetween(startDate, endDate)", Map.of("startDate", LocalDate.of(2026, 1, 30)))).isNull();
  }

  @Test
  void lambdasAndStreamsWorkOverListsOfRecords() {
    Map<String, Object> values = Map.of("items", items(new BigDecimal("10.50"), 2, 7L));

    assertThat((BigDecimal) expressions.compile("items.stream().map(i -> i.amount).sum()", BigDecimal.class)
        .evaluate(values)).isEqualByComparingTo("19.50");
    assertThat(eval("items.stream().filter(i -> i.amount > 5).count()", values)).isEqualTo(2L);
    assertThat(eval("items.stream().map(i -> i['amount']).max().get()", values)).isEqualTo(new BigDecimal("10.50"));
    assertThat(eval("items.stream().anyMatch(i -> i.amount == 2)", values)).isEqualTo(true);
    assertThat(eval("((a, b) -> a + b)(1, 2)", Map.of())).isEqualTo(3L);
    assertThat(eval("items.size()", values)).isEqualTo(3);
    assertThat(eval("[1, 2, 3].stream().map(x -> x * 2).toList()", Map.of())).isEqualTo(List.of(2L, 4L, 6L));
  }

  @Test
  void theDocumentedFunctionsWork() {
    Map<String, Object> values = new HashMap<>();
    values.put("items", items(new BigDecimal("10.50"), 2, null, "3"));
    values.put("none", null);
    values.put("blank", "  ");
    values.put("tags", List.of("a"));

    assertThat((BigDecimal) eval("sum(items, 'amount')", values)).isEqualByComparingTo("15.50");
    assertThat((BigDecimal) eval("sum(none, 'amount')", values)).isEqualByComparingTo("0");
    assertThat((BigDecimal) eval("sum([1, 2.5], '')", values)).isEqualByComparingTo("3.5");
    assertThat(eval("count(items)", values)).isEqualTo(4L);
    assertThat(eval("count(none)", values)).isEqualTo(0L);
    assertThat(eval("isEmpty(none) && isEmpty(blank) && !isEmpty(tags) && isEmpty([])", values)).isEqualTo(true);
    assertThat(expressions.compile("sum(items, 'amount') > 15", Boolean.class).evaluate(values)).isTrue();
  }

  @Test
  void resultsAreCoercedToTheResultType() {
    assertThat(expressions.compile("'2026-03-01'", LocalDate.class).evaluate(Map.of()))
        .isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(expressions.compile("amount", String.class).evaluate(Map.of("amount", 5))).isEqualTo("5");
    assertThat(expressions.compile("amount > 3", boolean.class).evaluate(Map.of("amount", 5))).isTrue();
    assertThat(expressions.compile("amount", Long.class).evaluate(Map.of("amount", new BigDecimal("7"))))
        .isEqualTo(7L);
  }

  @Test
  void variablesAreTheTopLevelNamesRead() {
    assertThat(expressions.compile("items.stream().map(i -> i.amount).sum() + tax", Object.class).variables())
        .containsExactlyInAnyOrder("items", "tax");
    assertThat(expressions.compile("'amount and tax' == label && \"x\" != other.name", Object.class).variables())
        .containsExactlyInAnyOrder("label", "other");
    assertThat(expressions.compile("x + items.stream().map(x -> x.amount).sum()", Object.class).variables())
        .containsExactlyInAnyOrder("x", "items");
    assertThat(expressions.compile("list.stream().reduce(0, (acc, i) -> acc + i.amount * rate)", Object.class)
        .variables()).containsExactlyInAnyOrder("list", "rate");
    assertThat(expressions.compile("sum(items, 'amount') > limit and not empty owner", Object.class).variables())
        .containsExactlyInAnyOrder("items", "limit", "owner");
    assertThat(expressions.compile("{'k': v, 'n': 1.5e3}[key]", Object.class).variables())
        .containsExactlyInAnyOrder("v", "key");
    assertThat(expressions.compile("daysBetween(startDate, endDate) + 1", Object.class).variables())
        .containsExactlyInAnyOrder("startDate", "endDate");
    assertThat(expressions.compile("合同金额 * 2", Object.class).variables()).containsExactly("合同金额");
  }

  @Test
  void invalidTextIsRefusedWithWhereAndWhy() {
    assertThatThrownBy(() -> expressions.compile("amount + * 2", Object.class))
        .isInstanceOf(InvalidExpressionException.class).hasMessageContaining("column 10")
        .satisfies(e -> assertThat(((InvalidExpressionException) e).expression()).isEqualTo("amount + * 2"));
    assertThatThrownBy(() -> expressions.compile("amount +", Object.class))
        .isInstanceOf(InvalidExpressionException.class).hasMessageContaining("incomplete");
    assertThatThrownBy(() -> expressions.compile("amount = 3", Object.class))
        .isInstanceOf(InvalidExpressionException.class).hasMessageContaining("column 8").hasMessageContaining("==");
    // would otherwise end the ${...} EL sees and start another
    assertThatThrownBy(() -> expressions.compile("a} + {b", Object.class))
        .isInstanceOf(InvalidExpressionException.class).hasMessageContaining("column 2")
        .hasMessageContaining("closes nothing");
    assertThatThrownBy(() -> expressions.compile("1 + ${2}", Object.class))
        .isInstanceOf(InvalidExpressionException.class).hasMessageContaining("column 5");
    assertThatThrownBy(() -> expressions.compile("'open", Object.class))
        .isInstanceOf(InvalidExpressionException.class).hasMessageContaining("column 1");
    assertThatThrownBy(() -> expressions.compile("a # b", Object.class))
        .isInstanceOf(InvalidExpressionException.class).hasMessageContaining("column 3");
    assertThatThrownBy(() -> expressions.compile("(a + b", Object.class))
        .isInstanceOf(InvalidExpressionException.class).hasMessageContaining("never closed");
    assertThatThrownBy(() -> expressions.compile("  ", Object.class))
        .isInstanceOf(InvalidExpressionException.class).hasMessageContaining("empty");
    assertThatThrownBy(() -> expressions.compile("total(items)", Object.class))
        .isInstanceOf(InvalidExpressionException.class).hasMessageContaining("no function total()")
        .hasMessageContaining("sum()");
    assertThatThrownBy(() -> expressions.compile("fn:sum(items, 'a')", Object.class))
        .isInstanceOf(InvalidExpressionException.class);
  }

  @Test
  void javaClassesAndStaticMembersAreOutOfReach() {
    assertThatThrownBy(() -> expressions.compile("ProcessBuilder('ls').start()", Object.class))
        .isInstanceOf(InvalidExpressionException.class);
    assertThatThrownBy(() -> expressions.compile("T(java.lang.Runtime)", Object.class))
        .isInstanceOf(InvalidExpressionException.class);
    // a class name is just a name no variable has: it reads as null, and so does what follows it
    for (String unknown : List.of("System.exit(0)", "java.lang.System.exit(0)", "System.getProperty('user.home')",
        "java.lang.System.getProperty('user.home')", "Runtime.getRuntime().exec('ls')", "Math.max(1, 2)",
        "Integer.parseInt('1')", "String.valueOf(1)", "Boolean.TRUE", "Integer.MAX_VALUE", "java.io.File")) {
      assertThat(outcome(unknown, Map.of())).as(unknown).isEqualTo("returned null");
    }
    // values lead to no class either
    for (String attack : List.of("''.getClass()", "''.getClass().forName('java.lang.Runtime')", "name.getClass()",
        "name.class", "name.bytes", "name.getBytes().getClass()", "startDate.getChronology().getClass()",
        "items.stream().map(i -> i.getClass()).toList()", "amount.getClass().getClassLoader()")) {
      assertThat(outcome(attack, Map.of("name", "x", "startDate", LocalDate.of(2026, 1, 1), "items", List.of(1),
          "amount", BigDecimal.ONE))).as(attack).isEqualTo("refused");
    }
  }

  /** A bean as a server object would be. */
  public static final class Account {
    public String getPassword() {
      return "secret";
    }
  }

  @Test
  void beansAndChangesAreOutOfReach() {
    Map<String, Object> values = Map.of("account", new Account(), "items", new ArrayList<>(List.of(1)),
        "record", new HashMap<>(Map.of("a", 1)));

    for (String attack : List.of("account.password", "account.getPassword()", "items.add(2)", "items.clear()",
        "record.put('a', 2)", "record.remove('a')", "items.stream().map(i -> items.add(i)).toList()")) {
      assertThat(outcome(attack, values)).as(attack).isEqualTo("refused");
    }
    assertThat(values.get("items")).isEqualTo(List.of(1));
    assertThat(values.get("record")).isEqualTo(Map.of("a", 1));
  }

  @Test
  void valuesKeepTheirSideEffectFreeMethods() {
    assertThat(eval("name.trim().toUpperCase()", Map.of("name", " ab "))).isEqualTo("AB");
    assertThat(eval("startDate.plusDays(7)", Map.of("startDate", LocalDate.of(2026, 1, 30))))
        .isEqualTo(LocalDate.of(2026, 2, 6));
    assertThat(eval("amount.setScale(1, 'HALF_UP')", Map.of("amount", new BigDecimal("2.25"))))
        .isEqualTo(new BigDecimal("2.3"));
    assertThat(eval("record.containsKey('a')", Map.of("record", Map.of("a", 1)))).isEqualTo(true);
  }

  @Test
  void evaluationErrorsNameTheExpressionAndTheCause() {
    assertThatThrownBy(() -> eval("amount / 0", Map.of("amount", 5)))
        .isInstanceOf(ExpressionFailedException.class).hasMessageContaining("amount / 0");
    assertThatThrownBy(() -> eval("amount / zero", Map.of("amount", new BigDecimal("5"), "zero", BigDecimal.ZERO)))
        .isInstanceOf(ExpressionFailedException.class).hasMessageContaining("amount / zero")
        .hasRootCauseInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> eval("sum(items, 'amount')", Map.of("items", List.of("a"))))
        .isInstanceOf(ExpressionFailedException.class).hasMessageContaining("needs a list of records");
    assertThatThrownBy(() -> eval("record.amount.value", Map.of("record", Map.of("amount", 5))))
        .isInstanceOf(ExpressionFailedException.class).hasMessageContaining("record.amount.value");
  }

  @Test
  void oneCompiledExpressionServesManyThreadsAtOnce() throws Exception {
    CompiledExpression<BigDecimal> total = expressions.compile(
        "items.stream().map(i -> i.amount).sum() * rate + sum(items, 'amount')", BigDecimal.class);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int seed = t;
        Callable<Boolean> work = () -> {
          for (int n = 0; n < 500; n++) {
            long a = seed * 1000L + n;
            BigDecimal result = total.evaluate(Map.of("items", items(a, 1), "rate", 2));
            if (result.compareTo(BigDecimal.valueOf((a + 1) * 3)) != 0) {
              return false;
            }
          }
          return true;
        };
        results.add(pool.submit(work));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void worksOnAThreadWhoseContextClassLoaderSeesNoElImplementation() throws Exception {
    CompiledExpression<Object> expression = expressions.compile(
        "items.stream().filter(i -> i.amount > 1).map(i -> i.amount).sum() + daysBetween(a, '2026-01-03')",
        Object.class);
    AtomicReference<Object> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    try (URLClassLoader plugin = new URLClassLoader(new URL[0], null)) {
      Thread thread = new Thread(() -> {
        try {
          Expressions compiledThere = new ElExpressions(clock);
          result.set(List.of(expression.evaluate(Map.of("items", items(1, 2, 3), "a", LocalDate.of(2026, 1, 1))),
              compiledThere.compile("x.plusDays(1) > x", Boolean.class).evaluate(Map.of("x", LocalDate.now()))));
        } catch (Throwable e) {
          failure.set(e);
        }
      });
      thread.setContextClassLoader(plugin);
      thread.start();
      thread.join();
    }
    assertThat(failure.get()).isNull();
    assertThat(result.get()).isEqualTo(List.of(7L, true));
  }
}
