package io.atrium.kernel.blob;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Sizes in bytes for people: {@code 512 B}, {@code 200 KB}, {@code 10 MB}, {@code 1.5 GB}. */
final class Sizes {

  private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB"};

  private Sizes() {
  }

  static String format(long bytes) {
    int unit = 0;
    BigDecimal value = BigDecimal.valueOf(bytes);
    BigDecimal kilo = BigDecimal.valueOf(1024);
    while (value.compareTo(kilo) >= 0 && unit < UNITS.length - 1) {
      value = value.divide(kilo, 1, RoundingMode.HALF_UP);
      unit++;
    }
    return value.stripTrailingZeros().toPlainString() + " " + UNITS[unit];
  }
}
