package io.atrium.forms.storage;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A publish was refused before any DDL ran: every refused field is listed with why and what to do. */
public class MigrationRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<RefusedChange> refused;

  /** Creates the exception; {@code refused} must not be empty. */
  public MigrationRefusedException(List<RefusedChange> refused) {
    super(describe(refused, Locale.ENGLISH));
    if (refused.isEmpty()) {
      throw new IllegalArgumentException("A refused migration names at least one change");
    }
    this.refused = List.copyOf(refused);
  }

  /** The refused changes, one or more per field. */
  public List<RefusedChange> refused() {
    return refused;
  }

  /** All reasons in a language, one per line. */
  public String message(Locale locale) {
    return describe(refused, locale);
  }

  private static String describe(List<RefusedChange> refused, Locale locale) {
    return refused.stream().map(r -> r.message(locale)).collect(Collectors.joining("\n"));
  }
}
