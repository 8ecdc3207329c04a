package io.atrium.forms.values;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers, dates, times and yes/no from text as people type it in a form or an import cell:
 * full-width digits, thousands separators, {@code 2026/12/02}, {@code 2026年12月2日}, Excel date
 * numbers, {@code 是}/{@code 否}. Each method answers empty when the text is not of its kind.
 */
public final class TextParsers {

  private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");
  private static final Pattern GROUPED_NUMBER = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");
  private static final Pattern DATE = Pattern.compile(
      "(\\d{4})\\s*(?:[-/.]|年)\\s*(\\d{1,2})\\s*(?:[-/.]|月)\\s*(\\d{1,2})\\s*日?");
  private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
  private static final Pattern EXCEL_SERIAL = Pattern.compile("\\d{1,5}(\\.\\d+)?");
  private static final Pattern TIME = Pattern.compile("(\\d{1,2})\\s*[:：时]\\s*(\\d{2})(?:\\s*[:：分]\\s*(\\d{2})(\\.\\d{1,9})?)?\\s*秒?");
  private static final Pattern LIST_SEPARATORS = Pattern.compile("[,;|\\n\\r、]+");
  /** Day 0 of Excel's 1900 date system, allowing for its 29 February 1900. */
  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

  private static final Set<String> TRUE_WORDS = Set.of("true", "yes", "y", "1", "on", "是", "对", "开", "√", "✓");
  private static final Set<String> FALSE_WORDS = Set.of("false", "no", "n", "0", "off", "否", "不", "关", "×", "✗");

  private TextParsers() {
  }

  /**
   * Turns full-width characters into their ASCII forms (１２３ → 123, ，→ ,) and removes
   * surrounding white space, including the no-break and ideographic spaces.
   */
  public static String normalize(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
    return folded.replace('\u00a0', ' ').replace('\u3000', ' ').strip();
  }

  /** A decimal number: {@code 1234.5}, {@code -1,234.50}, {@code 1 234}, {@code 1.2e3}. */
  public static Optional<BigDecimal> decimal(String text) {
    String s = normalize(text).replace(" ", "").replace("_", "");
    if (s.startsWith("(") && s.endsWith(")") && s.length() > 2) {
      // accounting notation for negatives, as Excel exports it
      s = "-" + s.substring(1, s.length() - 1);
    }
    if (GROUPED_NUMBER.matcher(s).matches()) {
      s = s.replace(",", "");
    }
    if (!PLAIN_NUMBER.matcher(s).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(s.endsWith(".") ? s.substring(0, s.length() - 1) : s));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** A whole number within {@code long}'s range; {@code 12.0} counts, {@code 12.5} does not. */
  public static Optional<Long> integer(String text) {
    return decimal(text).flatMap(TextParsers::exactLong);
  }

  /** The number as a {@code long} when it is whole and in range. */
  public static Optional<Long> exactLong(BigDecimal number) {
    try {
      BigInteger whole = number.toBigIntegerExact();
      return whole.bitLength() < 64 ? Optional.of(whole.longValue()) : Optional.empty();
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
  }

  /**
   * A calendar date: ISO {@code 2026-12-02}, {@code 2026/12/2}, {@code 2026.12.02},
   * {@code 2026年12月2日}, {@code 20261202}, or an Excel date number such as {@code 46358}.
   */
  public static Optional<LocalDate> date(String text) {
    String s = normalize(text);
    Matcher m = DATE.matcher(s);
    if (!m.matches()) {
      m = COMPACT_DATE.matcher(s);
      if (!m.matches()) {
        return excelDate(s);
      }
    }
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> excelDate(String s) {
    if (!EXCEL_SERIAL.matcher(s).matches() || s.contains(".")) {
      return Optional.empty();
    }
    long days = Long.parseLong(s);
    return days < 1 ? Optional.empty() : Optional.of(EXCEL_EPOCH.plusDays(days));
  }

  /** A time of day: {@code 13:45}, {@code 13:45:30}, {@code 9:05}, {@code 13时45分}. */
  public static Optional<LocalTime> time(String text) {
    Matcher m = TIME.matcher(normalize(text));
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      int nanos = 0;
      if (m.group(4) != null) {
        String fraction = (m.group(4).substring(1) + "000000000").substring(0, 9);
        nanos = Integer.parseInt(fraction);
      }
      return Optional.of(LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          m.group(3) == null ? 0 : Integer.parseInt(m.group(3)), nanos));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * A moment: ISO with an offset ({@code 2026-12-02T13:45:00+08:00}, {@code ...Z}), or a date
   * with an optional time in any form {@link #date} and {@link #time} read, separated by a space
   * or {@code T}, taken in the given zone; a date alone means its start; an Excel number with a
   * fraction of a day also counts.
   */
  public static Optional<Instant> dateTime(String text, ZoneId zone) {
    String s = normalize(text);
    try {
      return Optional.of(OffsetDateTime.parse(s).toInstant());
    } catch (DateTimeParseException e) {
      // not ISO with an offset: try the local forms
    }
    try {
      return Optional.of(LocalDateTime.parse(s).atZone(zone).toInstant());
    } catch (DateTimeParseException e) {
      // not ISO local
    }
    int split = splitDateAndTime(s);
    if (split < 0) {
      Optional<LocalDate> day = date(s);
      if (day.isPresent()) {
        return Optional.of(day.get().atStartOfDay(zone).toInstant());
      }
      return excelDateTime(s, zone);
    }
    Optional<LocalDate> day = date(s.substring(0, split));
    Optional<LocalTime> time = time(s.substring(split + 1));
    if (day.isEmpty() || time.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(day.get().atTime(time.get()).atZone(zone).toInstant());
  }

  private static int splitDateAndTime(String s) {
    int t = s.indexOf('T');
    if (t > 0) {
      return t;
    }
    int space = s.lastIndexOf(' ');
    if (space > 0 && s.substring(space + 1).matches("\\d{1,2}[:：].*")) {
      return space;
    }
    int day = s.indexOf('日');
    return day > 0 && day < s.length() - 1 ? day : -1;
  }

  private static Optional<Instant> excelDateTime(String s, ZoneId zone) {
    if (!EXCEL_SERIAL.matcher(s).matches()) {
      return Optional.empty();
    }
    BigDecimal serial = new BigDecimal(s);
    long days = serial.longValue();
    if (days < 1) {
      return Optional.empty();
    }
    long seconds = serial.subtract(BigDecimal.valueOf(days)).multiply(BigDecimal.valueOf(86_400))
        .setScale(0, java.math.RoundingMode.HALF_UP).longValue();
    return Optional.of(EXCEL_EPOCH.plusDays(days).atStartOfDay(zone).plusSeconds(seconds).toInstant());
  }

  /** Yes or no: true/false, yes/no, y/n, on/off, 1/0, 是/否, 对/不, 开/关, ✓/✗. */
  public static Optional<Boolean> yesNo(String text) {
    String s = normalize(text).toLowerCase(Locale.ROOT);
    if (TRUE_WORDS.contains(s)) {
      return Optional.of(Boolean.TRUE);
    }
    if (FALSE_WORDS.contains(s)) {
      return Optional.of(Boolean.FALSE);
    }
    return Optional.empty();
  }

  /** The items of a list typed in one cell, split at commas, semicolons, {@code |}, {@code 、} or lines. */
  public static List<String> items(String text) {
    List<String> items = new ArrayList<>();
    for (String part : LIST_SEPARATORS.split(Normalizer.normalize(text, Normalizer.Form.NFKC))) {
      String item = part.strip();
      if (!item.isEmpty()) {
        items.add(item);
      }
    }
    return items;
  }
}
