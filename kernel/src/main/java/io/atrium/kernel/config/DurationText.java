package io.atrium.kernel.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Reads durations written as ISO-8601 ({@code PT30S}) or short ({@code 500ms}, {@code 30s}, {@code 5m}, {@code 2h}, {@code 1d}). */
public final class DurationText {

  private DurationText() {
  }

  /**
   * Parses a duration.
   *
   * @param key the setting, for the error message
   * @throws IllegalArgumentException naming the key and the accepted forms
   */
  public static Duration parse(String key, String text) {
    String value = text.trim().toLowerCase(Locale.ROOT);
    try {
      if (value.startsWith("p")) {
        return Duration.parse(value.toUpperCase(Locale.ROOT));
      }
      if (value.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2).trim()));
      }
      long amount = Long.parseLong(value.substring(0, value.length() - 1).trim());
      return switch (value.charAt(value.length() - 1)) {
        case 's' -> Duration.ofSeconds(amount);
        case 'm' -> Duration.ofMinutes(amount);
        case 'h' -> Duration.ofHours(amount);
        case 'd' -> Duration.ofDays(amount);
        default -> throw new NumberFormatException();
      };
    } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
      throw new IllegalArgumentException("Setting " + key + " = '" + text + "' is not a duration; write e.g. "
          + "30s, 5m, 2h, 1d or PT30S");
    }
  }
}
