package io.atrium.kernel.rest;

import io.atrium.kernel.audit.Audit;
import io.atrium.kernel.audit.AuditEvent;
import io.atrium.kernel.security.KernelPermissions;
import io.atrium.kernel.time.CalendarDayStore;
import io.atrium.kernel.time.KernelClock;
import io.atrium.kernel.time.WorkingCalendar;
import io.atrium.kernel.validation.NotFoundException;
import io.atrium.kernel.validation.Problems;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The business calendar: the working week, holidays and make-up working days, and deadlines counted on it. */
@Path("v1/calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar", description = "Working days and hours for deadlines")
public class CalendarResource {

  /** Longest holiday name. */
  static final int MAX_NAME = 100;

  /** The usual working week. */
  public record WeekView(String zone, List<String> weekdays, List<String> hours) {
  }

  /** A holiday ({@code working} false) or a make-up working day ({@code working} true). */
  public record DayView(String date, boolean working, String name) {
  }

  /** What a caller sends to set a day. */
  public record DayChange(Boolean working, String name) {
  }

  /** A deadline counted on the calendar. */
  public record DeadlineView(String from, String deadline) {
  }

  @Inject
  WorkingCalendar calendar;

  @Inject
  CalendarDayStore days;

  @Inject
  Audit audit;

  @Inject
  KernelClock clock;

  @GET
  @Authenticated
  @Operation(summary = "The working weekdays and hours (settings atrium.calendar.weekdays and atrium.calendar.hours)")
  public WeekView week() {
    return new WeekView(calendar.zone().getId(),
        calendar.hours().weekdays().stream().sorted().map(Enum::name).toList(),
        calendar.hours().periods().stream().map(Object::toString).toList());
  }

  @GET
  @Path("days")
  @Authenticated
  @Operation(summary = "The holidays and make-up working days of a year")
  public List<DayView> days(@QueryParam("year") Integer year) {
    int wanted = year == null ? LocalDate.now(clock.asClock()).getYear() : year;
    return days.year(wanted).stream().map(CalendarResource::view).toList();
  }

  @PUT
  @Path("days/{date}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(KernelPermissions.SYSTEM_MANAGE)
  @Operation(summary = "Makes a date a holiday (working false) or a make-up working day (working true)")
  public DayView put(@PathParam("date") String date, DayChange change) {
    LocalDate day = date(date);
    Problems problems = new Problems();
    problems.check(change == null || change.working() == null, "working", "validation.required");
    String name = change == null || change.name() == null ? "" : change.name().strip();
    problems.check(name.isEmpty(), "name", "validation.required");
    problems.check(name.length() > MAX_NAME, "name", "validation.length.max", MAX_NAME);
    problems.throwIfAny();
    CalendarDayStore.Day stored = new CalendarDayStore.Day(day, change.working(), name);
    Map<String, Object> before = days.put(stored).map(CalendarResource::values).orElse(Map.of());
    audit.record(AuditEvent.admin("calendar.day.set", "calendar-day", day.toString(), before, values(stored)));
    return view(stored);
  }

  @DELETE
  @Path("days/{date}")
  @RequiresPermission(KernelPermissions.SYSTEM_MANAGE)
  @Operation(summary = "Makes a date a usual day of the week again")
  public Response remove(@PathParam("date") String date) {
    LocalDate day = date(date);
    CalendarDayStore.Day removed = days.remove(day)
        .orElseThrow(() -> new NotFoundException("notfound.calendar.day", day.toString()));
    audit.record(AuditEvent.admin("calendar.day.remove", "calendar-day", day.toString(), values(removed), Map.of()));
    return Response.noContent().build();
  }

  @GET
  @Path("deadline")
  @Authenticated
  @Operation(summary = "When a working time (workingTime=PT8H) or a number of working days (workingDays=3) "
      + "after a moment (from, ISO instant; default now) ends")
  public DeadlineView deadline(@QueryParam("from") String from, @QueryParam("workingTime") String workingTime,
      @QueryParam("workingDays") Integer workingDays) {
    Problems problems = new Problems();
    Instant start = clock.now();
    if (from != null) {
      try {
        start = Instant.parse(from);
      } catch (DateTimeException e) {
        problems.add("from", "validation.calendar.instant", from);
      }
    }
    Duration time = null;
    if (workingTime != null) {
      try {
        time = Duration.parse(workingTime);
        problems.check(time.isNegative(), "workingTime", "validation.calendar.negative");
      } catch (DateTimeException e) {
        problems.add("workingTime", "validation.calendar.duration", workingTime);
      }
    }
    problems.check((time == null) == (workingDays == null) && !problems.any(), "workingTime",
        "validation.calendar.one");
    problems.check(workingDays != null && workingDays < 0, "workingDays", "validation.calendar.negative");
    problems.throwIfAny();
    Instant end = time != null ? calendar.plusWorkingTime(start, time) : calendar.plusWorkingDays(start, workingDays);
    return new DeadlineView(start.toString(), end.toString());
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      // a date that cannot be is bad input, not a missing calendar day
      Problems problems = new Problems();
      problems.add("date", "validation.calendar.date", text);
      problems.throwIfAny();
      throw e;
    }
  }

  private static DayView view(CalendarDayStore.Day day) {
    return new DayView(day.date().toString(), day.working(), day.name());
  }

  private static Map<String, Object> values(CalendarDayStore.Day day) {
    return Map.of("working", day.working(), "name", day.name());
  }
}
