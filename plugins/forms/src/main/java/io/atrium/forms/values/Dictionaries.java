package io.atrium.forms.values;

import io.atrium.forms.schema.FieldOption;
import java.util.List;
import java.util.Optional;

/** The shared dictionaries of choices that option fields may take their options from. */
@FunctionalInterface
public interface Dictionaries {

  /** The options of a dictionary; empty when there is no such dictionary (then values are not checked). */
  Optional<List<FieldOption>> options(String dictionary);

  /** No dictionaries: fields with a dictionary accept any value. */
  static Dictionaries none() {
    return dictionary -> Optional.empty();
  }
}
