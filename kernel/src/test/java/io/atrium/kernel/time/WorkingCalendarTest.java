package io.atrium.kernel.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final Map<LocalDate, Boolean> exceptions = new HashMap<>();
  private final WorkingCalendar calendar = new WorkingCalendar(WorkingHours.DEFAULT,
      date -> Optional.ofNullable(exceptions.get(date)), new KernelClock(SHANGHAI));

  private static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
  }

  @Test
  void workingTimeSkipsLunchNightsAndWeekends() {
    // Friday 2027-01-08 16:00: 2 h left that day, Monday 9-12 and 13-15
    assertThat(calendar.plusWorkingTime(at("2027-01-08T16:00"), Duration.ofHours(7))).isEqualTo(at("2027-01-11T15:00"));
    // before work starts, the clock starts at 9
    assertThat(calendar.plusWorkingTime(at("2027-01-04T07:30"), Duration.ofHours(1))).isEqualTo(at("2027-01-04T10:00"));
    // at lunch, the clock starts at 13
    assertThat(calendar.plusWorkingTime(at("2027-01-04T12:20"), Duration.ofMinutes(30)))
        .isEqualTo(at("2027-01-04T13:30"));
    // ending exactly at the end of a period stays on that day
    assertThat(calendar.plusWorkingTime(at("2027-01-04T09:00"), Duration.ofHours(8))).isEqualTo(at("2027-01-04T18:00"));
    assertThat(calendar.plusWorkingTime(at("2027-01-09T10:00"), Duration.ZERO)).isEqualTo(at("2027-01-09T10:00"));
  }

  @Test
  void holidaysAreSkippedAndMakeUpSaturdaysCount() {
    // 2027-10-01 (Friday) is a holiday; Saturday 2027-10-09 a make-up working day (调休)
    exceptions.put(LocalDate.of(2027, 10, 1), false);
    exceptions.put(LocalDate.of(2027, 10, 9), true);

    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 10, 1))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 10, 9))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 10, 10))).isFalse();
    assertThat(calendar.plusWorkingTime(at("2027-09-30T17:00"), Duration.ofHours(2))).isEqualTo(at("2027-10-04T10:00"));
    assertThat(calendar.plusWorkingDays(at("2027-10-08T11:00"), 1)).isEqualTo(at("2027-10-09T11:00"));
    assertThat(calendar.plusWorkingDays(at("2027-09-30T11:00"), 1)).isEqualTo(at("2027-10-04T11:00"));
  }

  @Test
  void workingDaysKeepTheTimeOfDay() {
    assertThat(calendar.plusWorkingDays(at("2027-01-07T20:15"), 3)).isEqualTo(at("2027-01-12T20:15"));
    assertThat(calendar.plusWorkingDays(at("2027-01-09T10:00"), 0)).isEqualTo(at("2027-01-09T10:00"));
  }

  @Test
  void workingTimeBetweenCountsOnlyWorkingHours() {
    assertThat(calendar.workingTimeBetween(at("2027-01-08T16:00"), at("2027-01-11T15:00")))
        .isEqualTo(Duration.ofHours(7));
    assertThat(calendar.workingTimeBetween(at("2027-01-09T00:00"), at("2027-01-10T23:59"))).isZero();
    assertThat(calendar.workingTimeBetween(at("2027-01-11T15:00"), at("2027-01-08T16:00"))).isZero();
    // it undoes plusWorkingTime
    Instant start = at("2027-01-06T11:17");
    Duration time = Duration.ofHours(31).plusMinutes(5);
    assertThat(calendar.workingTimeBetween(start, calendar.plusWorkingTime(start, time))).isEqualTo(time);
  }

  @Test
  void daylightSavingTimeChangesOnlyTheClock() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    WorkingCalendar german = new WorkingCalendar(WorkingHours.parse("MON,TUE,WED,THU,FRI",
        "08:00-16:00"), date -> Optional.empty(), new KernelClock(berlin));
    // clocks go forward on Sunday 2027-03-28: Friday 15:00 + 2 working hours is Monday 09:00 local time
    Instant friday = LocalDateTime.parse("2027-03-26T15:00").atZone(berlin).toInstant();

    assertThat(german.plusWorkingTime(friday, Duration.ofHours(2)))
        .isEqualTo(LocalDateTime.parse("2027-03-29T09:00").atZone(berlin).toInstant());
  }

  @Test
  void aCalendarWithoutWorkingDaysSaysSoInsteadOfLoopingForever() {
    WorkingCalendar idle = new WorkingCalendar(WorkingHours.parse("", "09:00-17:00"), date -> Optional.empty(),
        new KernelClock(SHANGHAI));

    assertThatThrownBy(() -> idle.plusWorkingTime(at("2027-01-04T09:00"), Duration.ofHours(1)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no working time in the next ten years")
        .hasMessageContaining(WorkingHours.WEEKDAYS);
    assertThatThrownBy(() -> idle.plusWorkingDays(at("2027-01-04T09:00"), 1)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> calendar.plusWorkingTime(at("2027-01-04T09:00"), Duration.ofHours(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calendar.plusWorkingDays(at("2027-01-04T09:00"), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void workingHoursSettingsAreReadAndBadOnesNamed() {
    WorkingHours hours = WorkingHours.parse("mon, Tuesday ,WED", "08:30-12:00, 13:30-17:30");

    assertThat(hours.weekdays()).hasSize(3);
    assertThat(hours.periods()).hasToString("[08:30-12:00, 13:30-17:30]");
    assertThatThrownBy(() -> WorkingHours.parse("MON,FUN", "09:00-17:00")).hasMessageContaining("'FUN'");
    assertThatThrownBy(() -> WorkingHours.parse("MON", "9-17")).hasMessageContaining("HH:mm-HH:mm");
    assertThatThrownBy(() -> WorkingHours.parse("MON", "13:00-12:00")).hasMessageContaining("end after it starts");
    assertThatThrownBy(() -> WorkingHours.parse("MON", "09:00-13:00,12:00-18:00")).hasMessageContaining("overlap");
    assertThatThrownBy(() -> WorkingHours.parse("MON", "")).hasMessageContaining("at least one");
  }
}
