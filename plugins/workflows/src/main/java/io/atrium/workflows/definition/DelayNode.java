package io.atrium.workflows.definition;

import java.util.Objects;

/** Holds the flow for a while (a duration, or until a date field), then passes. */
public record DelayNode(String id, String name, Delay delay) implements Node {

  /** Checks the parts. */
  public DelayNode {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(delay, "delay");
  }

  @Override
  public String type() {
    return "delay";
  }
}
