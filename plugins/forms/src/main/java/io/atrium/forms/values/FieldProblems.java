package io.atrium.forms.values;

import io.atrium.forms.schema.FormsTexts;
import io.atrium.sdk.record.FieldProblem;
import io.atrium.sdk.record.RecordValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Collects every problem found in a record's values, with messages in the caller's language. */
public final class FieldProblems {

  private static final int MAX_QUOTED = 60;

  private final Locale locale;
  private final List<FieldProblem> problems = new ArrayList<>();

  /** An empty collection whose messages are in that language. */
  public FieldProblems(Locale locale) {
    this.locale = locale;
  }

  /** The language of the messages. */
  public Locale locale() {
    return locale;
  }

  /**
   * Adds a problem. The message is the bundle text of the key with the field's label as argument
   * {@code {0}} and the given arguments from {@code {1}} on.
   */
  public void add(FieldPath at, String key, Object... args) {
    Object[] all = new Object[args.length + 1];
    all[0] = at.label();
    System.arraycopy(args, 0, all, 1, args.length);
    problems.add(new FieldProblem(at.path(), at.label(), FormsTexts.text(locale, key, all)));
  }

  /** Adds a problem found elsewhere. */
  public void add(FieldProblem problem) {
    problems.add(problem);
  }

  /** Whether there are none. */
  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /** How many there are. */
  public int size() {
    return problems.size();
  }

  /** The problems, in the order found. */
  public List<FieldProblem> list() {
    return List.copyOf(problems);
  }

  /** Whether a problem names this path or a path inside it (a line of a sub-table). */
  public boolean has(String path) {
    return problems.stream().anyMatch(p -> p.field().equals(path) || p.field().startsWith(path + "[")
        || p.field().startsWith(path + "."));
  }

  /**
   * Throws when there are problems.
   *
   * @throws RecordValidationException with all of them
   */
  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new RecordValidationException(problems);
    }
  }

  /** A value shortened for a message: at most 60 characters. */
  public static String quote(Object value) {
    String text = String.valueOf(value);
    return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED - 1) + "…";
  }
}
