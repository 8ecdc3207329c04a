package io.atrium.forms.storage.serial;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed serial pattern: literal text, date parts in braces ({@code {yyyy}}, {@code {yyyyMM}},
 * {@code {yyMMdd}}, ...; letters {@code y}, {@code M} and {@code d} only) and exactly one sequence
 * {@code {seq}} or {@code {seq:N}} (zero-padded to N digits; it grows past N when needed).
 *
 * <p>The finest date part sets the period in which the sequence runs and after which it restarts
 * at 1: a day, a month, a year, or forever when there is no date part. A month needs the year
 * and a day the month, otherwise numbers would repeat a year later.
 */
public final class SerialPattern {

  /** Longest pattern. */
  public static final int MAX_LENGTH = 60;
  /** Most digits of a padded sequence. */
  public static final int MAX_WIDTH = 12;

  private static final Pattern SEQ = Pattern.compile("seq(?::(\\d{1,3}))?");
  private static final Pattern DATE_RUN = Pattern.compile("y+|M+|d+");

  private enum Granularity {
    NONE, YEAR, MONTH, DAY
  }

  private sealed interface Part permits Literal, DatePart, Sequence {
  }

  private record Literal(String text) implements Part {
  }

  private record DatePart(DateTimeFormatter format) implements Part {
  }

  private record Sequence(int width) implements Part {
  }

  private final String pattern;
  private final List<Part> parts;
  private final Granularity granularity;

  private SerialPattern(String pattern, List<Part> parts, Granularity granularity) {
    this.pattern = pattern;
    this.parts = List.copyOf(parts);
    this.granularity = granularity;
  }

  /**
   * Parses a pattern.
   *
   * @throws InvalidSerialPatternException saying what is wrong
   */
  public static SerialPattern parse(String pattern) {
    if (pattern == null || pattern.isBlank()) {
      throw new InvalidSerialPatternException("forms.storage.serial.empty");
    }
    if (pattern.length() > MAX_LENGTH) {
      throw new InvalidSerialPatternException("forms.storage.serial.too-long", MAX_LENGTH);
    }
    List<Part> parts = new ArrayList<>();
    boolean year = false;
    boolean month = false;
    boolean day = false;
    int sequences = 0;
    int at = 0;
    while (at < pattern.length()) {
      int open = pattern.indexOf('{', at);
      int close = pattern.indexOf('}', at);
      if (close >= 0 && (open < 0 || close < open)) {
        throw new InvalidSerialPatternException("forms.storage.serial.brace", close + 1);
      }
      if (open < 0) {
        parts.add(new Literal(pattern.substring(at)));
        break;
      }
      if (open > at) {
        parts.add(new Literal(pattern.substring(at, open)));
      }
      if (close < 0) {
        throw new InvalidSerialPatternException("forms.storage.serial.unclosed", open + 1);
      }
      String token = pattern.substring(open + 1, close);
      if (token.indexOf('{') >= 0) {
        throw new InvalidSerialPatternException("forms.storage.serial.unclosed", open + 1);
      }
      Matcher seq = SEQ.matcher(token);
      if (seq.matches()) {
        int width = seq.group(1) == null ? 1 : Integer.parseInt(seq.group(1));
        if (width < 1 || width > MAX_WIDTH) {
          throw new InvalidSerialPatternException("forms.storage.serial.width", MAX_WIDTH);
        }
        parts.add(new Sequence(width));
        sequences++;
      } else if (!token.isEmpty() && token.chars().allMatch(c -> c == 'y' || c == 'M' || c == 'd')) {
        Matcher runs = DATE_RUN.matcher(token);
        while (runs.find()) {
          String run = runs.group();
          switch (run) {
            case "yy", "yyyy" -> year = true;
            case "MM" -> month = true;
            case "dd" -> day = true;
            default -> throw new InvalidSerialPatternException("forms.storage.serial.date-part", run);
          }
        }
        parts.add(new DatePart(DateTimeFormatter.ofPattern(token.replace('y', 'u'), Locale.ROOT)));
      } else {
        throw new InvalidSerialPatternException("forms.storage.serial.token", "{" + token + "}");
      }
      at = close + 1;
    }
    if (sequences != 1) {
      throw new InvalidSerialPatternException(sequences == 0 ? "forms.storage.serial.no-seq"
          : "forms.storage.serial.many-seq");
    }
    if (month && !year || day && !month) {
      throw new InvalidSerialPatternException("forms.storage.serial.incomplete-date");
    }
    Granularity granularity = day ? Granularity.DAY : month ? Granularity.MONTH : year ? Granularity.YEAR
        : Granularity.NONE;
    return new SerialPattern(pattern, parts, granularity);
  }

  /** The pattern text. */
  public String pattern() {
    return pattern;
  }

  /** The period a date falls in, e.g. {@code 2026-01-05}, {@code 2026-01}, {@code 2026} or {@code all}. */
  public String period(LocalDate date) {
    return switch (granularity) {
      case DAY -> date.toString();
      case MONTH -> date.toString().substring(0, 7);
      case YEAR -> String.valueOf(date.getYear());
      case NONE -> "all";
    };
  }

  /** The number for a date and a sequence value, e.g. {@code BX-20260105-0007}. */
  public String format(LocalDate date, long sequence) {
    StringBuilder text = new StringBuilder();
    for (Part part : parts) {
      if (part instanceof Literal literal) {
        text.append(literal.text());
      } else if (part instanceof DatePart datePart) {
        text.append(datePart.format().format(date));
      } else if (part instanceof Sequence seq) {
        String digits = Long.toString(sequence);
        text.append("0".repeat(Math.max(0, seq.width() - digits.length()))).append(digits);
      }
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return pattern;
  }
}
