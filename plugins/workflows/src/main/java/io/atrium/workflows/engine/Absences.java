package io.atrium.workflows.engine;

import java.time.Instant;
import java.util.Optional;

/** Who stands in for a person who is out of office (外出/休假委托): their tasks go to the stand-in. */
@FunctionalInterface
public interface Absences {

  /** Nobody is ever away. */
  Absences NONE = (userId, at) -> Optional.empty();

  /** The stand-in of a person away at that moment, or empty when they are in. */
  Optional<Long> standIn(long userId, Instant at);
}
