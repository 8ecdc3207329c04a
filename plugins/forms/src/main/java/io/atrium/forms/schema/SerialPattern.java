package io.atrium.forms.schema;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The pattern of a serial field, e.g. {@code BX-{yyyyMMdd}-{seq:4}}: literal text, date parts in
 * braces made of {@code y}, {@code M} and {@code d}, and exactly one sequence {@code {seq}} or
 * {@code {seq:N}} (N digits, zero-padded, 4 by default; a larger number just has more digits).
 * The sequence restarts when the finest date part changes: every day for {@code d}, month for
 * {@code M}, year for {@code y}; without a date part it never restarts.
 */
public final class SerialPattern {

  /** When the sequence starts again from 1. */
  public enum Period {
    /** Never. */
    NONE,
    /** Each year. */
    YEAR,
    /** Each month. */
    MONTH,
    /** Each day. */
    DAY
  }

  /** The most digits of the sequence. */
  public static final int MAX_DIGITS = 12;
  /** The most characters of a serial number the pattern makes. */
  public static final int MAX_LENGTH = 64;

  private sealed interface Part permits Literal, DatePart, Sequence {
  }

  private record Literal(String text) implements Part {
  }

  private record DatePart(DateTimeFormatter format, int width) implements Part {
  }

  private record Sequence(int digits) implements Part {
  }

  /** The pattern is not valid; {@link #problem()} says why. */
  public static final class InvalidPatternException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient FormsMessage problem;

    InvalidPatternException(FormsMessage problem) {
      super(problem.english());
      this.problem = problem;
    }

    /** Why the pattern is not valid. */
    public FormsMessage problem() {
      return problem;
    }
  }

  private final String text;
  private final List<Part> parts;
  private final Period period;

  private SerialPattern(String text, List<Part> parts, Period period) {
    this.text = text;
    this.parts = List.copyOf(parts);
    this.period = period;
  }

  /**
   * Reads a pattern.
   *
   * @throws InvalidPatternException when it is not valid
   */
  public static SerialPattern parse(String text) {
    Objects.requireNonNull(text, "text");
    List<Part> parts = new ArrayList<>();
    Period period = Period.NONE;
    int sequences = 0;
    int length = 0;
    int i = 0;
    StringBuilder literal = new StringBuilder();
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '}') {
        throw invalid("forms.serial.unbalanced", text);
      }
      if (c != '{') {
        if (Character.isWhitespace(c) || Character.isISOControl(c)) {
          throw invalid("forms.serial.badCharacter", text);
        }
        literal.append(c);
        i++;
        continue;
      }
      int end = text.indexOf('}', i);
      if (end < 0) {
        throw invalid("forms.serial.unbalanced", text);
      }
      if (literal.length() > 0) {
        parts.add(new Literal(literal.toString()));
        length += literal.length();
        literal.setLength(0);
      }
      String inner = text.substring(i + 1, end);
      if (inner.indexOf('{') >= 0) {
        throw invalid("forms.serial.unbalanced", text);
      }
      if (inner.equals("seq") || inner.startsWith("seq:")) {
        int digits = 4;
        if (inner.startsWith("seq:")) {
          String count = inner.substring(4);
          if (!count.matches("[0-9]{1,2}") || Integer.parseInt(count) < 1 || Integer.parseInt(count) > MAX_DIGITS) {
            throw invalid("forms.serial.badDigits", text, MAX_DIGITS);
          }
          digits = Integer.parseInt(count);
        }
        parts.add(new Sequence(digits));
        sequences++;
        length += digits;
      } else if (!inner.isEmpty() && inner.chars().allMatch(ch -> ch == 'y' || ch == 'M' || ch == 'd')) {
        if (!inner.matches("(y{2}|y{4})?(M{2})?(d{2})?") && !inner.matches("y{2}|y{4}|M{1,2}|d{1,2}")) {
          throw invalid("forms.serial.badDate", text, inner);
        }
        parts.add(new DatePart(DateTimeFormatter.ofPattern(inner.replace('y', 'u'), Locale.ROOT), inner.length()));
        length += inner.length();
        Period finest = inner.indexOf('d') >= 0 ? Period.DAY : inner.indexOf('M') >= 0 ? Period.MONTH : Period.YEAR;
        period = finest.ordinal() > period.ordinal() ? finest : period;
      } else {
        throw invalid("forms.serial.badPart", text, inner);
      }
      i = end + 1;
    }
    if (literal.length() > 0) {
      parts.add(new Literal(literal.toString()));
      length += literal.length();
    }
    if (sequences != 1) {
      throw invalid("forms.serial.oneSequence", text);
    }
    if (length > MAX_LENGTH) {
      throw invalid("forms.serial.tooLong", text, MAX_LENGTH);
    }
    return new SerialPattern(text, parts, period);
  }

  private static InvalidPatternException invalid(String key, Object... args) {
    return new InvalidPatternException(FormsMessage.of(key, args));
  }

  /** The pattern's text. */
  public String text() {
    return text;
  }

  /** When the sequence restarts. */
  public Period period() {
    return period;
  }

  /**
   * The period a date falls in, e.g. {@code 2026-12-02} for a daily pattern, {@code 2026-12}
   * monthly, {@code 2026} yearly and the empty text for a pattern without a date part: the
   * sequence counts separately for each period key.
   */
  public String periodKey(LocalDate date) {
    return switch (period) {
      case NONE -> "";
      case YEAR -> String.format(Locale.ROOT, "%04d", date.getYear());
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
      case DAY -> date.toString();
    };
  }

  /** The serial number for a date and a sequence number (1 and up). */
  public String format(LocalDate date, long sequence) {
    if (sequence < 1) {
      throw new IllegalArgumentException("A sequence number starts at 1, not " + sequence);
    }
    StringBuilder out = new StringBuilder();
    for (Part part : parts) {
      if (part instanceof Literal literal) {
        out.append(literal.text());
      } else if (part instanceof DatePart datePart) {
        out.append(datePart.format().format(date));
      } else if (part instanceof Sequence seq) {
        String digits = Long.toString(sequence);
        out.append("0".repeat(Math.max(0, seq.digits() - digits.length()))).append(digits);
      }
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return text;
  }
}
