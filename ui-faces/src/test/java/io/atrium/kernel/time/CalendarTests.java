package io.atrium.kernel.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.testing.AtriumClient;
import io.atrium.testing.ServerTest;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The business calendar through the REST API: holidays and make-up working days move deadlines. */
public abstract class CalendarTests extends ServerTest {

  private ZoneId zone() {
    HttpResponse<String> week = client.get("/api/v1/calendar");
    assertThat(week.statusCode()).as(week.body()).isEqualTo(200);
    return ZoneId.of(AtriumClient.json(week).asJsonObject().getString("zone"));
  }

  private String deadline(ZoneId zone, String from, String query) {
    String instant = LocalDateTime.parse(from).atZone(zone).toInstant().toString();
    HttpResponse<String> response = client.get("/api/v1/calendar/deadline?from=" + instant + "&" + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    String deadline = AtriumClient.json(response).asJsonObject().getString("deadline");
    return java.time.Instant.parse(deadline).atZone(zone).toLocalDateTime().toString();
  }

  @Test
  void holidaysAndMakeUpWorkingDaysMoveDeadlines() {
    ZoneId zone = zone();
    // Thursday 2031-01-02 17:00 plus 2 working hours: Friday 10:00
    assertThat(deadline(zone, "2031-01-02T17:00", "workingTime=PT2H")).isEqualTo("2031-01-03T10:00");

    HttpResponse<String> holiday = client.putJson("/api/v1/calendar/days/2031-01-03",
        "{\"working\":false,\"name\":\"元旦调休\"}");
    assertThat(holiday.statusCode()).as(holiday.body()).isEqualTo(200);
    assertThat(deadline(zone, "2031-01-02T17:00", "workingTime=PT2H")).isEqualTo("2031-01-06T10:00");

    assertThat(client.putJson("/api/v1/calendar/days/2031-01-04", "{\"working\":true,\"name\":\"补班\"}")
        .statusCode()).isEqualTo(200);
    assertThat(deadline(zone, "2031-01-02T17:00", "workingTime=PT2H")).isEqualTo("2031-01-04T10:00");
    assertThat(deadline(zone, "2031-01-02T17:00", "workingDays=2")).isEqualTo("2031-01-06T17:00");

    JsonArray days = AtriumClient.json(client.get("/api/v1/calendar/days?year=2031")).asJsonArray();
    assertThat(days).hasSize(2);
    JsonObject first = days.getJsonObject(0);
    assertThat(first.getString("date")).isEqualTo("2031-01-03");
    assertThat(first.getBoolean("working")).isFalse();
    assertThat(first.getString("name")).isEqualTo("元旦调休");

    assertThat(client.delete("/api/v1/calendar/days/2031-01-03").statusCode()).isEqualTo(204);
    assertThat(client.delete("/api/v1/calendar/days/2031-01-04").statusCode()).isEqualTo(204);
    assertThat(client.delete("/api/v1/calendar/days/2031-01-04").statusCode()).isEqualTo(404);
    assertThat(deadline(zone, "2031-01-02T17:00", "workingTime=PT2H")).isEqualTo("2031-01-03T10:00");
  }

  @Test
  void badInputIsNamedAndOnlyAdministratorsChangeTheCalendar() {
    HttpResponse<String> nameless = client.putJson("/api/v1/calendar/days/2031-05-01", "{\"working\":false}");
    // the kernel answers field problems with 422 and names the field
    assertThat(nameless.statusCode()).isEqualTo(422);
    assertThat(nameless.body()).contains("name");
    HttpResponse<String> noSuchDate = client.putJson("/api/v1/calendar/days/2031-13-01",
        "{\"working\":false,\"name\":\"x\"}");
    assertThat(noSuchDate.statusCode()).isEqualTo(422);
    assertThat(noSuchDate.body()).contains("date").contains("2031-13-01");
    HttpResponse<String> duration = client.get("/api/v1/calendar/deadline?workingTime=eight-hours");
    assertThat(duration.statusCode()).isEqualTo(422);
    assertThat(duration.body()).contains("workingTime").contains("eight-hours");
    assertThat(client.get("/api/v1/calendar/deadline").statusCode()).isEqualTo(422);

    String username = unique("cal");
    HttpResponse<String> created = client.postJson("/api/v1/users", "{\"username\":\"" + username
        + "\",\"displayName\":\"日历 " + username + "\",\"password\":\"Str0ng-passw0rd\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    HttpResponse<String> refused = client.send(client
        .as(username, "Str0ng-passw0rd", "/api/v1/calendar/days/2031-05-01").header("Content-Type", "application/json")
        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"working\":false,\"name\":\"劳动节\"}")));
    assertThat(refused.statusCode()).isEqualTo(403);
    HttpResponse<String> read = client.send(client.as(username, "Str0ng-passw0rd", "/api/v1/calendar/days?year=2031")
        .GET());
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(client.send(client.request("/api/v1/calendar").GET()).statusCode()).isEqualTo(401);
  }
}
