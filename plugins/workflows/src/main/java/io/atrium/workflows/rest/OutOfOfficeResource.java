package io.atrium.workflows.rest;

import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.identity.Person;
import io.atrium.sdk.rest.BadRequestProblem;
import io.atrium.sdk.rest.SignedIn;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.time.AtriumClock;
import io.atrium.workflows.WorkflowsMessage;
import io.atrium.workflows.runtime.OutOfOfficePeriods;
import io.atrium.workflows.runtime.WorkflowsNotFoundException;
import io.atrium.workflows.storage.OutOfOffice;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/workflows/out-of-office}: the caller's own out-of-office period. A period is given
 * as dates ({@code from} and {@code until}, both days included, in the company's time zone) or as
 * timestamps with an offset ({@code until} then is the first moment back).
 */
@Component(service = OutOfOfficeResource.class)
@Produces(MediaType.APPLICATION_JSON)
public class OutOfOfficeResource {

  private final OutOfOfficePeriods periods;
  private final Directory directory;
  private final AtriumClock clock;
  private final CurrentUser user;

  /** Declarative Services injects the parts. */
  @Activate
  public OutOfOfficeResource(@Reference OutOfOfficePeriods periods, @Reference Directory directory,
      @Reference AtriumClock clock, @Reference CurrentUser user) {
    this.periods = periods;
    this.directory = directory;
    this.clock = clock;
    this.user = user;
  }

  /** The caller's period; 404 when none is set. */
  @GET
  @SignedIn
  public Response get() {
    return Answers.of(user.locale(), () -> Response.ok(json(periods.mine().orElseThrow(() ->
        new WorkflowsNotFoundException(WorkflowsMessage.of("workflows.outOfOffice.none")))).toString()).build());
  }

  /** Sets the caller's period: {@code {"standInId", "from", "until"}}. */
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @SignedIn
  public Response set(String body) {
    JsonObject json = Answers.object(body);
    if (!(json.get("standInId") instanceof jakarta.json.JsonNumber standIn) || !standIn.isIntegral()) {
      throw new BadRequestProblem("$.standInId", "\"standInId\" must be the user id of the stand-in");
    }
    Instant from = moment(json, "from", false);
    Instant until = moment(json, "until", true);
    return Answers.of(user.locale(), () ->
        Response.ok(json(periods.set(standIn.longValue(), from, until)).toString()).build());
  }

  /** Ends the caller's period now; 404 when none was set. */
  @DELETE
  @SignedIn
  public Response clear() {
    return Answers.of(user.locale(), () -> {
      if (!periods.clear()) {
        throw new WorkflowsNotFoundException(WorkflowsMessage.of("workflows.outOfOffice.none"));
      }
      return Response.noContent().build();
    });
  }

  /** A date (the day's start; for {@code until} the next day's) or a timestamp with an offset. */
  private Instant moment(JsonObject json, String name, boolean end) {
    String text = json.getString(name, null);
    if (text == null || text.isBlank()) {
      throw new BadRequestProblem("$." + name, "\"" + name + "\" is required: a date such as 2026-12-24 or a"
          + " timestamp such as 2026-12-24T09:00:00+08:00");
    }
    try {
      if (text.length() == 10) {
        LocalDate day = LocalDate.parse(text);
        return periods.startOf(end ? day.plusDays(1) : day);
      }
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new BadRequestProblem("$." + name, "\"" + name + "\" must be a date such as 2026-12-24 or a timestamp"
          + " such as 2026-12-24T09:00:00+08:00, not " + text);
    }
  }

  private jakarta.json.JsonObject json(OutOfOffice period) {
    String name = directory.person(period.standInId()).map(Person::displayName)
        .orElse(String.valueOf(period.standInId()));
    return Answers.JSON.createObjectBuilder().add("standInId", period.standInId()).add("standInName", name)
        .add("startsAt", period.startsAt().toString()).add("endsAt", period.endsAt().toString())
        .add("active", period.covers(clock.now())).build();
  }
}
