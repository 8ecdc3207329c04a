package io.atrium.forms.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SerialPatternTest {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

  @Test
  void formatsDatePartsAndAZeroPaddedSequence() {
    SerialPattern daily = SerialPattern.parse("BX-{yyyyMMdd}-{seq:4}");
    assertThat(daily.format(DAY, 7)).isEqualTo("BX-20261202-0007");
    assertThat(daily.format(DAY, 123456)).isEqualTo("BX-20261202-123456");
    assertThat(daily.period()).isEqualTo(SerialPattern.Period.DAY);
    assertThat(daily.periodKey(DAY)).isEqualTo("2026-12-02");
  }

  @Test
  void theFinestDatePartSetsThePeriod() {
    assertThat(SerialPattern.parse("{yy}{MM}/{seq}").period()).isEqualTo(SerialPattern.Period.MONTH);
    assertThat(SerialPattern.parse("{yy}{MM}/{seq}").periodKey(DAY)).isEqualTo("2026-12");
    assertThat(SerialPattern.parse("{yy}{MM}/{seq}").format(DAY, 1)).isEqualTo("2612/0001");
    assertThat(SerialPattern.parse("HT{yyyy}{seq:3}").period()).isEqualTo(SerialPattern.Period.YEAR);
    assertThat(SerialPattern.parse("HT{yyyy}{seq:3}").periodKey(DAY)).isEqualTo("2026");
    assertThat(SerialPattern.parse("KH{seq:6}").period()).isEqualTo(SerialPattern.Period.NONE);
    assertThat(SerialPattern.parse("KH{seq:6}").periodKey(DAY)).isEmpty();
    assertThat(SerialPattern.parse("合同-{yyyy}-{seq}").format(DAY, 12)).isEqualTo("合同-2026-0012");
  }

  @Test
  void refusesPatternsWithAReason() {
    assertThatThrownBy(() -> SerialPattern.parse("BX")).hasMessageContaining("exactly one sequence");
    assertThatThrownBy(() -> SerialPattern.parse("{seq}{seq}")).hasMessageContaining("exactly one sequence");
    assertThatThrownBy(() -> SerialPattern.parse("BX {seq}")).hasMessageContaining("space");
    assertThatThrownBy(() -> SerialPattern.parse("BX-{seq")).hasMessageContaining("brace");
    assertThatThrownBy(() -> SerialPattern.parse("BX-seq}")).hasMessageContaining("brace");
    assertThatThrownBy(() -> SerialPattern.parse("{HHmm}{seq}")).hasMessageContaining("neither a date");
    assertThatThrownBy(() -> SerialPattern.parse("{yyy}{seq}")).hasMessageContaining("date part {yyy}");
    assertThatThrownBy(() -> SerialPattern.parse("{seq:0}")).hasMessageContaining("1 to 12 digits");
    assertThatThrownBy(() -> SerialPattern.parse("X".repeat(70) + "{seq}")).hasMessageContaining("64");
    assertThatThrownBy(() -> SerialPattern.parse("{seq}").format(DAY, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void formatsTheNumbersStorageHandsOutWithTheirPeriodKeys() {
    LocalDate day = LocalDate.of(2026, 1, 5);
    SerialPattern pattern = SerialPattern.parse("BX-{yyyyMMdd}-{seq:4}");
    assertThat(pattern.format(day, 7)).isEqualTo("BX-20260105-0007");
    assertThat(pattern.format(day, 12345)).isEqualTo("BX-20260105-12345");
    assertThat(pattern.periodKey(day)).isEqualTo("2026-01-05");
    assertThat(SerialPattern.parse("{yyyy}/{MM}-{seq:3}").format(day, 1)).isEqualTo("2026/01-001");
    assertThat(SerialPattern.parse("{yyyy}/{MM}-{seq:3}").periodKey(day)).isEqualTo("2026-01");
    assertThat(SerialPattern.parse("合同{yy}{seq}").format(day, 42)).isEqualTo("合同260042");
    assertThat(SerialPattern.parse("合同{yy}{seq}").periodKey(day)).isEqualTo("2026");
    assertThat(SerialPattern.parse("N{seq:6}").periodKey(day)).isEmpty();
    assertThat(SerialPattern.parse("{MMdd}-{seq:1}").format(day, 3)).isEqualTo("0105-3");
    assertThat(SerialPattern.parse("{MMdd}-{seq:1}").periodKey(day)).isEqualTo("2026-01-05");
    assertThat(SerialPattern.parse("{M}/{d}{seq:2}").format(day, 3)).isEqualTo("1/503");
    assertThat(SerialPattern.parse("N{seq:6}").format(day, 3)).isEqualTo("N000003");
    assertThat(SerialPattern.parse("X".repeat(60) + "{seq}").format(day, 1)).hasSize(64);
  }
}
