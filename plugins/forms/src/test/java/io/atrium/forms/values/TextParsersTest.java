package io.atrium.forms.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextParsersTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1234.5|1234.5", "1,234.50|1234.50", "-1,234|-1234", "+12|12", "1 234 567|1234567", "１２３．５|123.5",
      "1，234|1234", "(1,200.00)|-1200.00", "1.5e3|1.5E+3", ".5|0.5", "12.|12"})
  void decimals(String text, String expected) {
    assertThat(TextParsers.decimal(text)).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "1,5", "12,34,567", "1.2.3", "--1", "1e", "¥12", "12%"})
  void notDecimals(String text) {
    assertThat(TextParsers.decimal(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"42|42", "1,200|1200", "12.0|12", "-7|-7", "9223372036854775807|9223372036854775807"})
  void integers(String text, long expected) {
    assertThat(TextParsers.integer(text)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"12.5", "9223372036854775808", "x"})
  void notIntegers(String text) {
    assertThat(TextParsers.integer(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-12-02", "2026/12/02", "2026/12/2", "2026.12.02", "2026年12月2日", "2026 年 12 月 02 日",
      "20261202", "46358", " 2026-12-2 ", "２０２６－１２－０２"})
  void dates(String text) {
    assertThat(TextParsers.date(text)).contains(LocalDate.of(2026, 12, 2));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-02-30", "2026-13-01", "12/02/2026", "tomorrow", "2026-12", "0"})
  void notDates(String text) {
    assertThat(TextParsers.date(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"14:30|14:30", "9:05|09:05", "14:30:15|14:30:15", "14时30分|14:30",
      "14：30|14:30", "14:30:15.5|14:30:15.5"})
  void times(String text, String expected) {
    assertThat(TextParsers.time(text)).contains(LocalTime.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"25:00", "14:60", "noon", "1430"})
  void notTimes(String text) {
    assertThat(TextParsers.time(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-12-02T14:30:00+08:00", "2026-12-02T06:30:00Z", "2026-12-02T14:30", "2026-12-02 14:30",
      "2026/12/2 14:30:00", "2026年12月2日 14:30", "2026年12月2日14:30", "46358.6041666667"})
  void dateTimes(String text) {
    assertThat(TextParsers.dateTime(text, SHANGHAI)).contains(Instant.parse("2026-12-02T06:30:00Z"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-12-02 25:00", "later", "2026-12-02 14"})
  void notDateTimes(String text) {
    assertThat(TextParsers.dateTime(text, SHANGHAI)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"true,true", "是,true", "1,true", "Yes,true", "on,true", "✓,true", "false,false", "否,false", "0,false",
      "NO,false", "off,false"})
  void yesNo(String text, boolean expected) {
    assertThat(TextParsers.yesNo(text)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"maybe", "2", ""})
  void notYesNo(String text) {
    assertThat(TextParsers.yesNo(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a, b", "a，b", "a;b", "a；b", "a、b", "a|b", "a\nb", " a ,, b "})
  void items(String text) {
    assertThat(TextParsers.items(text)).containsExactly("a", "b");
  }

  @org.junit.jupiter.api.Test
  void wholeNumbersComeFromExactValuesOnly() {
    assertThat(TextParsers.exactLong(new BigDecimal("3.000"))).contains(3L);
    assertThat(TextParsers.exactLong(new BigDecimal("3.01"))).isEmpty();
  }
}
