package io.atrium.workflows.rules.run;

import java.util.Objects;

/** A record by its source key and id. */
public record RecordRef(String source, long id) {

  /** Checks the parts. */
  public RecordRef {
    Objects.requireNonNull(source, "source");
  }

  @Override
  public String toString() {
    return source + "/" + id;
  }
}
