package io.atrium.kernel.time;

import io.atrium.kernel.persistence.DatabaseDialect;
import io.atrium.kernel.persistence.Jdbc;
import java.time.Clock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Holidays and make-up working days in {@code atrium_calendar_day}. Deadlines ask for many dates,
 * so each year is read once and kept for a minute: a change shows at once on the node that made
 * it and within a minute on the others.
 */
public final class CalendarDayStore implements CalendarDays {

  /** One date that differs from the usual week. */
  public record Day(LocalDate date, boolean working, String name) {
  }

  private static final long KEEP_MILLIS = 60_000;

  private static final String SELECT = "SELECT calendar_date, working, name FROM atrium_calendar_day";

  private record Year(Map<LocalDate, Boolean> days, long readAt) {
  }

  private final Jdbc jdbc;
  private final String upsert;
  private final Clock clock;
  private final Map<Integer, Year> years = new ConcurrentHashMap<>();

  /** A store on the platform database. */
  public CalendarDayStore(Jdbc jdbc, DatabaseDialect dialect, Clock clock) {
    this.jdbc = jdbc;
    // one statement, so two admins setting the same new date at once cannot collide on the key
    this.upsert = dialect == DatabaseDialect.POSTGRESQL
        ? "INSERT INTO atrium_calendar_day (calendar_date, working, name) VALUES (?, ?, ?) "
            + "ON CONFLICT (calendar_date) DO UPDATE SET working = EXCLUDED.working, name = EXCLUDED.name"
        : "MERGE INTO atrium_calendar_day (calendar_date, working, name) KEY (calendar_date) VALUES (?, ?, ?)";
    this.clock = clock;
  }

  @Override
  public Optional<Boolean> working(LocalDate date) {
    long now = clock.millis();
    Year year = years.get(date.getYear());
    if (year == null || now - year.readAt() >= KEEP_MILLIS) {
      year = new Year(year(date.getYear()).stream().collect(Collectors.toMap(Day::date, Day::working)), now);
      years.put(date.getYear(), year);
    }
    return Optional.ofNullable(year.days().get(date));
  }

  /** The exceptions of one year, in date order. */
  public List<Day> year(int year) {
    return jdbc.query(SELECT + " WHERE calendar_date >= ? AND calendar_date < ? ORDER BY calendar_date",
        CalendarDayStore::day, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
  }

  /** Makes {@code date} a holiday or a make-up working day; returns the day as it was, if any. */
  public Optional<Day> put(Day day) {
    Optional<Day> before = find(day.date());
    jdbc.update(upsert, day.date(), day.working(), day.name());
    years.remove(day.date().getYear());
    return before;
  }

  /** Makes {@code date} a usual day again; returns the day as it was, if any. */
  public Optional<Day> remove(LocalDate date) {
    Optional<Day> before = find(date);
    jdbc.update("DELETE FROM atrium_calendar_day WHERE calendar_date = ?", date);
    years.remove(date.getYear());
    return before;
  }

  private Optional<Day> find(LocalDate date) {
    return jdbc.queryOne(SELECT + " WHERE calendar_date = ?", CalendarDayStore::day, date);
  }

  private static Day day(ResultSet row) throws SQLException {
    return new Day(row.getObject(1, LocalDate.class), row.getBoolean(2), row.getString(3));
  }
}
