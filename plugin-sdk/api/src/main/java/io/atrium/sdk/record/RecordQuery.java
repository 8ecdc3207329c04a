package io.atrium.sdk.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which records to read: conditions joined by AND, an order and a page. Build with
 * {@link #all()} and the {@code where}/{@code orderBy}/{@code page} methods; instances are
 * immutable. Field names are those of the schema plus the system attributes {@code id},
 * {@code serial}, {@code status}, {@code ownerId}, {@code departmentId}, {@code createdAt} and
 * {@code updatedAt}.
 */
public final class RecordQuery {

  /** How a condition compares. */
  public enum Operator {
    /** Equal. */
    EQ,
    /** Not equal. */
    NE,
    /** Less than. */
    LT,
    /** Less than or equal. */
    LE,
    /** Greater than. */
    GT,
    /** Greater than or equal. */
    GE,
    /** Text contains the value, ignoring case. */
    CONTAINS,
    /** Equal to one of a collection of values. */
    IN,
    /** Has no value; the condition's value is ignored. */
    EMPTY
  }

  /** One condition: {@code field operator value}. */
  public record Condition(String field, Operator operator, Object value) {
    /** Checks the parts. */
    public Condition {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(operator, "operator");
    }
  }

  /** One sort key. */
  public record Order(String field, boolean ascending) {
    /** Checks the parts. */
    public Order {
      Objects.requireNonNull(field, "field");
    }
  }

  /** The largest page a source must serve. */
  public static final int MAX_LIMIT = 1000;

  private final List<Condition> conditions;
  private final List<Order> orders;
  private final int offset;
  private final int limit;

  private RecordQuery(List<Condition> conditions, List<Order> orders, int offset, int limit) {
    this.conditions = List.copyOf(conditions);
    this.orders = List.copyOf(orders);
    this.offset = offset;
    this.limit = limit;
  }

  /** Every record, newest first, the first 50. */
  public static RecordQuery all() {
    return new RecordQuery(List.of(), List.of(), 0, 50);
  }

  /** This query with one more condition. */
  public RecordQuery where(String field, Operator operator, Object value) {
    List<Condition> more = new ArrayList<>(conditions);
    more.add(new Condition(field, operator, value));
    return new RecordQuery(more, orders, offset, limit);
  }

  /** This query with one more sort key after the existing ones. */
  public RecordQuery orderBy(String field, boolean ascending) {
    List<Order> more = new ArrayList<>(orders);
    more.add(new Order(field, ascending));
    return new RecordQuery(conditions, more, offset, limit);
  }

  /**
   * This query reading {@code limit} records from {@code offset}.
   *
   * @throws IllegalArgumentException when offset is negative or limit is not within 1 to {@link #MAX_LIMIT}
   */
  public RecordQuery page(int offset, int limit) {
    if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("A page starts at 0 or later and holds 1 to " + MAX_LIMIT
          + " records, not offset " + offset + " limit " + limit);
    }
    return new RecordQuery(conditions, orders, offset, limit);
  }

  /** The conditions, all of which must hold. */
  public List<Condition> conditions() {
    return conditions;
  }

  /** The sort keys; empty means newest first. */
  public List<Order> orders() {
    return orders;
  }

  /** Index of the first record to return. */
  public int offset() {
    return offset;
  }

  /** Most records to return. */
  public int limit() {
    return limit;
  }
}
