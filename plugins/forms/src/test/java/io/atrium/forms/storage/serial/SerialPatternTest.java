package io.atrium.forms.storage.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SerialPatternTest {

  private static final LocalDate DAY = LocalDate.of(2026, 1, 5);

  @Test
  void formatsLiteralsDatePartsAndAPaddedSequence() {
    SerialPattern pattern = SerialPattern.parse("BX-{yyyyMMdd}-{seq:4}");
    assertThat(pattern.format(DAY, 7)).isEqualTo("BX-20260105-0007");
    assertThat(pattern.format(DAY, 12345)).isEqualTo("BX-20260105-12345");
    assertThat(pattern.period(DAY)).isEqualTo("2026-01-05");
    assertThat(SerialPattern.parse("{yyyy}/{MM}-{seq:3}").format(DAY, 1)).isEqualTo("2026/01-001");
    assertThat(SerialPattern.parse("{yyyy}/{MM}-{seq:3}").period(DAY)).isEqualTo("2026-01");
    assertThat(SerialPattern.parse("合同{yy}{seq}").format(DAY, 42)).isEqualTo("合同2642");
    assertThat(SerialPattern.parse("合同{yy}{seq}").period(DAY)).isEqualTo("2026");
    assertThat(SerialPattern.parse("N{seq:6}").period(DAY)).isEqualTo("all");
    assertThat(SerialPattern.parse("N{seq:6}").format(DAY, 3)).isEqualTo("N000003");
  }

  @Test
  void refusesBrokenPatternsSayingWhy() {
    assertRefused("", "Enter a serial pattern, for example BX-{yyyyMMdd}-{seq:4}.");
    assertRefused("BX-{yyyyMMdd}", "A serial pattern needs the sequence: add {seq} or {seq:4}.");
    assertRefused("{seq}-{seq}", "A serial pattern has one sequence only; keep a single {seq}.");
    assertRefused("BX-{yyyyMMdd-{seq}", "The brace at position 4 is not closed.");
    assertRefused("BX}-{seq}", "The closing brace at position 3 has no opening one.");
    assertRefused("{HHmm}{seq}", "{HHmm} is neither the sequence nor a date.");
    assertRefused("{yyyMM}{seq}", "yyy is not a date part; use yyyy or yy, MM and dd.");
    assertRefused("{MMdd}-{seq}", "A month needs the year and a day needs the month");
    assertRefused("{seq:0}", "The sequence is padded to 1 to 12 digits");
    assertRefused("{seq:13}", "The sequence is padded to 1 to 12 digits");
    assertRefused("X".repeat(61) + "{seq}", "A serial pattern has at most 60 characters.");
    assertThatThrownBy(() -> SerialPattern.parse("{seq"))
        .isInstanceOfSatisfying(InvalidSerialPatternException.class, e -> {
          assertThat(e.key()).isEqualTo("forms.storage.serial.unclosed");
          assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains("第 1 个字符处的括号没有闭合");
        });
  }

  private static void assertRefused(String pattern, String message) {
    assertThatThrownBy(() -> SerialPattern.parse(pattern)).isInstanceOf(InvalidSerialPatternException.class)
        .hasMessageContaining(message);
  }
}
