package io.atrium.workflows.rules.timing;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.workflows.rules.OwnerChoice;
import io.atrium.workflows.rules.Rule;
import io.atrium.workflows.rules.RuleAction;
import io.atrium.workflows.rules.Trigger;
import io.atrium.workflows.rules.run.RecordRef;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Firing instants of relative-date triggers in the company's zone, and catch-up after downtime. */
class RelativeDatesTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private final RelativeDates dates = new RelativeDates(SHANGHAI);

  private static Trigger.RelativeDate trigger(int amount, Trigger.OffsetUnit unit, boolean yearly) {
    return new Trigger.RelativeDate("d", amount, unit, null, yearly);
  }

  @Test
  void sevenDaysAfterADateTimeKeepsItsTimeOfDay() {
    Instant assigned = Instant.parse("2026-03-02T06:30:00Z");

    assertThat(dates.next(trigger(7, Trigger.OffsetUnit.DAYS, false), assigned, assigned))
        .contains(Instant.parse("2026-03-09T06:30:00Z"));
  }

  @Test
  void aDateOnlyFieldFiresAtTheTriggersTimeInTheCompanyZone() {
    Trigger.RelativeDate thirtyDays = trigger(30, Trigger.OffsetUnit.DAYS, false);

    assertThat(dates.next(thirtyDays, LocalDate.of(2026, 1, 5), Instant.EPOCH))
        .contains(Instant.parse("2026-02-04T01:00:00Z"));
    assertThat(dates.next(thirtyDays, "2026-01-05", Instant.EPOCH)).contains(Instant.parse("2026-02-04T01:00:00Z"));
  }

  @Test
  void aOneTimeFiringThatHasPassedHasNoNext() {
    assertThat(dates.next(trigger(1, Trigger.OffsetUnit.HOURS, false), LocalDateTime.of(2026, 1, 1, 8, 0),
        Instant.parse("2026-06-01T00:00:00Z"))).isEmpty();
    assertThat(dates.next(trigger(1, Trigger.OffsetUnit.HOURS, false), null, Instant.EPOCH)).isEmpty();
    assertThat(dates.next(trigger(1, Trigger.OffsetUnit.HOURS, false), "not a date", Instant.EPOCH)).isEmpty();
  }

  @Test
  void sevenDaysBeforeABirthdayFiresEveryYear() {
    Trigger.RelativeDate beforeBirthday = trigger(-7, Trigger.OffsetUnit.DAYS, true);
    LocalDate born = LocalDate.of(1990, 5, 20);

    assertThat(dates.next(beforeBirthday, born, Instant.parse("2026-01-01T00:00:00Z")))
        .contains(Instant.parse("2026-05-13T01:00:00Z"));
    assertThat(dates.next(beforeBirthday, born, Instant.parse("2026-05-13T01:00:00Z")))
        .contains(Instant.parse("2027-05-13T01:00:00Z"));
  }

  @Test
  void aLeapDayBirthdayFallsOnTheTwentyEighthInOtherYears() {
    assertThat(dates.next(trigger(0, Trigger.OffsetUnit.DAYS, true), LocalDate.of(2000, 2, 29),
        Instant.parse("2026-01-01T00:00:00Z"))).contains(Instant.parse("2026-02-28T01:00:00Z"));
    assertThat(dates.next(trigger(0, Trigger.OffsetUnit.DAYS, true), LocalDate.of(2000, 2, 29),
        Instant.parse("2028-01-01T00:00:00Z"))).contains(Instant.parse("2028-02-29T01:00:00Z"));
  }

  @Test
  void aDateThatMovedNoLongerFiresAtTheOldTime() {
    Trigger.RelativeDate after48Hours = trigger(48, Trigger.OffsetUnit.HOURS, false);
    Instant first = Instant.parse("2026-03-02T06:00:00Z");
    Instant old = dates.next(after48Hours, first, Instant.EPOCH).orElseThrow();

    assertThat(dates.firesAt(after48Hours, first, old)).isTrue();
    assertThat(dates.firesAt(after48Hours, first.plusSeconds(3600), old)).isFalse();
    assertThat(dates.next(after48Hours, first.plusSeconds(3600), Instant.EPOCH)).contains(old.plusSeconds(3600));
  }

  @Test
  void catchUpFindsEveryFiringMissedWhileTheServerWasDown() {
    Rule birthdays = new Rule("birthday", "生日", true, "customers", trigger(-7, Trigger.OffsetUnit.DAYS, true), null,
        List.of(new RuleAction.AssignOwner(new OwnerChoice.LeastLoaded("sales"))));
    RecordRef ann = new RecordRef("customers", 1);
    RecordRef bo = new RecordRef("customers", 2);
    RecordRef cy = new RecordRef("customers", 3);
    Map<RecordRef, Object> born = Map.of(ann, LocalDate.of(1990, 3, 10), bo, LocalDate.of(1985, 3, 1),
        cy, LocalDate.of(1970, 9, 1));

    List<Firing> due = new CatchUp(dates).due(birthdays, born, Instant.parse("2026-02-20T00:00:00Z"),
        Instant.parse("2026-03-05T00:00:00Z"));

    assertThat(due).containsExactly(new Firing("birthday", bo, Instant.parse("2026-02-22T01:00:00Z")),
        new Firing("birthday", ann, Instant.parse("2026-03-03T01:00:00Z")));
    assertThat(due.get(0).eventId()).isEqualTo("date:birthday:customers/2:2026-02-22T01:00:00Z");
    assertThat(new CatchUp(dates).due(birthdays, born, Instant.parse("2026-03-05T00:00:00Z"),
        Instant.parse("2026-03-05T00:00:00Z"))).isEmpty();
  }
}
