package io.atrium.workflows.definition;

import java.time.Duration;
import java.util.Objects;

/** How long a {@link DelayNode} holds the flow. */
public sealed interface Delay {

  /** A duration from when the node is reached. */
  record For(Duration length, Counting counting) implements Delay {

    /** Checks the parts. */
    public For {
      Objects.requireNonNull(length, "length");
      Objects.requireNonNull(counting, "counting");
    }
  }

  /**
   * Until the date or time in a field of the record (a date means its start in the company's time
   * zone); a date already past, or an empty field, holds nothing.
   */
  record UntilField(String field) implements Delay {

    /** Checks the field. */
    public UntilField {
      Objects.requireNonNull(field, "field");
    }
  }
}
