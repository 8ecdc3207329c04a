package io.atrium.kernel.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventPayloadsTest {

  private static Map<String, Object> roundTrip(Map<String, ?> payload) {
    return EventPayloads.fromJson(EventPayloads.toJson(payload));
  }

  @Test
  void roundTripsNestedMapsAndLists() {
    Map<String, Object> customer = new LinkedHashMap<>();
    customer.put("name", "Zoë \"Z\" O'Neil\n\t/\\ 中文");
    customer.put("vip", true);
    customer.put("blocked", false);
    customer.put("note", null);
    Map<String, Object> order = new LinkedHashMap<>();
    order.put("id", "o-1");
    order.put("customer", customer);
    order.put("lines", List.of(Map.of("sku", "A", "qty", 2), Map.of("sku", "B", "qty", 1)));
    order.put("tags", List.of("new", "web"));
    order.put("empty", List.of());
    order.put("nothing", Map.of());
    order.put("matrix", List.of(List.of(1, 2), List.of(3)));
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("order", order);

    Map<String, Object> back = roundTrip(payload);

    Map<String, Object> expectedCustomer = new LinkedHashMap<>(customer);
    Map<String, Object> expectedOrder = new LinkedHashMap<>();
    expectedOrder.put("id", "o-1");
    expectedOrder.put("customer", expectedCustomer);
    expectedOrder.put("lines", List.of(Map.of("sku", "A", "qty", 2L), Map.of("sku", "B", "qty", 1L)));
    expectedOrder.put("tags", List.of("new", "web"));
    expectedOrder.put("empty", List.of());
    expectedOrder.put("nothing", Map.of());
    expectedOrder.put("matrix", List.of(List.of(1L, 2L), List.of(3L)));
    assertThat(back).isEqualTo(Map.of("order", expectedOrder));
    @SuppressWarnings("unchecked")
    Map<String, Object> orderBack = (Map<String, Object>) back.get("order");
    assertThat(orderBack.keySet()).as("key order is kept")
        .containsExactly("id", "customer", "lines", "tags", "empty", "nothing", "matrix");
  }

  @Test
  void integersComeBackAsLong() {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("byte", (byte) 7);
    payload.put("short", (short) -300);
    payload.put("int", 42);
    payload.put("long", Long.MAX_VALUE);
    payload.put("minLong", Long.MIN_VALUE);
    payload.put("bigInteger", BigInteger.valueOf(12345));

    Map<String, Object> back = roundTrip(payload);

    assertThat(back).containsEntry("byte", 7L).containsEntry("short", -300L).containsEntry("int", 42L)
        .containsEntry("long", Long.MAX_VALUE).containsEntry("minLong", Long.MIN_VALUE)
        .containsEntry("bigInteger", 12345L);
    assertThat(back.values()).allSatisfy(v -> assertThat(v).isExactlyInstanceOf(Long.class));
  }

  @Test
  void integersBeyondTheRangeOfLongComeBackIntactAsBigDecimal() {
    BigInteger huge = BigInteger.TWO.pow(70).add(BigInteger.ONE);

    Object back = roundTrip(Map.of("huge", huge, "negative", huge.negate())).get("huge");
    Object negative = roundTrip(Map.of("negative", huge.negate())).get("negative");

    assertThat(back).isInstanceOf(BigDecimal.class);
    assertThat(((BigDecimal) back).toBigIntegerExact()).isEqualTo(huge);
    assertThat(((BigDecimal) negative).toBigIntegerExact()).isEqualTo(huge.negate());
  }

  @Test
  void fractionsComeBackAsBigDecimal() {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("price", new BigDecimal("19.99"));
    payload.put("ratio", 0.25d);
    payload.put("float", 1.5f);
    payload.put("tiny", new BigDecimal("0.000000000000000000001"));

    Map<String, Object> back = roundTrip(payload);

    assertThat(back.values()).allSatisfy(v -> assertThat(v).isExactlyInstanceOf(BigDecimal.class));
    assertThat((BigDecimal) back.get("price")).isEqualByComparingTo("19.99");
    assertThat((BigDecimal) back.get("ratio")).isEqualByComparingTo("0.25");
    assertThat((BigDecimal) back.get("float")).isEqualByComparingTo("1.5");
    assertThat((BigDecimal) back.get("tiny")).isEqualByComparingTo("1E-21");
  }

  @Test
  void acceptsAnyCollectionAsAList() {
    Map<String, Object> back = roundTrip(Map.of("ids", new LinkedHashSet<>(List.of("b", "a")),
        "list", new ArrayList<>(Arrays.asList("x", null))));

    assertThat(back.get("ids")).isEqualTo(List.of("b", "a"));
    assertThat(back.get("list")).isEqualTo(Arrays.asList("x", null));
  }

  @Test
  void writesCompactJson() {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("a", 1);
    payload.put("b", List.of(true, "x"));

    assertThat(EventPayloads.toJson(payload)).isEqualTo("{\"a\":1,\"b\":[true,\"x\"]}");
    assertThat(EventPayloads.toJson(Map.of())).isEqualTo("{}");
  }

  @Test
  void namesThePathOfAValueThatIsNotJson() {
    Map<String, Object> order = new LinkedHashMap<>();
    order.put("id", "o-1");
    order.put("when", Instant.parse("2025-01-01T00:00:00Z"));

    assertThatThrownBy(() -> EventPayloads.toJson(Map.of("order", order)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Event payload value at order.when is a java.time.Instant; use strings, numbers, booleans, "
            + "lists and maps (write dates as ISO-8601 strings)");
  }

  @Test
  void namesThePathInsideLists() {
    Map<String, Object> payload = Map.of("lines", List.of(Map.of("sku", "A"), Map.of("ref", UUID.randomUUID())));

    assertThatThrownBy(() -> EventPayloads.toJson(payload)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Event payload value at lines[1].ref is a java.util.UUID");
  }

  @Test
  void namesATopLevelValue() {
    assertThatThrownBy(() -> EventPayloads.toJson(Map.of("at", new Object())))
        .hasMessageStartingWith("Event payload value at at is a java.lang.Object");
  }

  @Test
  void refusesNonFiniteNumbers() {
    assertThatThrownBy(() -> EventPayloads.toJson(Map.of("x", Map.of("ratio", Double.NaN))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Event payload value at x.ratio is not a finite number");
    assertThatThrownBy(() -> EventPayloads.toJson(Map.of("inf", Float.POSITIVE_INFINITY)))
        .hasMessage("Event payload value at inf is not a finite number");
  }

  @Test
  void refusesKeysThatAreNotStrings() {
    Map<Object, Object> nested = new HashMap<>();
    nested.put(1, "one");

    assertThatThrownBy(() -> EventPayloads.toJson(Map.of("order", nested)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Event payload keys must be strings, not 1 at order");
  }

  @Test
  void readsJsonWrittenElsewhere() {
    Map<String, Object> back = EventPayloads.fromJson("{ \"n\": 10, \"d\": 1.0, \"e\": 1E+3, \"s\": \"x\" }");

    assertThat(back.get("n")).isEqualTo(10L);
    assertThat(back.get("d")).isInstanceOf(BigDecimal.class);
    assertThat(back.get("s")).isEqualTo("x");
    assertThat(((Number) back.get("e")).longValue()).isEqualTo(1000L);
  }
}
