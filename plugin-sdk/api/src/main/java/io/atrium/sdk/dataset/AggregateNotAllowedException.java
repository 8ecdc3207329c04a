package io.atrium.sdk.dataset;

/** A measure applies an aggregate to a field whose type does not take it, e.g. a sum of text. */
public class AggregateNotAllowedException extends InvalidDatasetQueryException {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final Aggregate aggregate;
  private final ValueType type;

  /** Creates the exception. */
  public AggregateNotAllowedException(String field, Aggregate aggregate, ValueType type, String message) {
    super(message);
    this.field = field;
    this.aggregate = aggregate;
    this.type = type;
  }

  /** The field. */
  public String field() {
    return field;
  }

  /** The aggregate asked for. */
  public Aggregate aggregate() {
    return aggregate;
  }

  /** The field's type. */
  public ValueType type() {
    return type;
  }
}
