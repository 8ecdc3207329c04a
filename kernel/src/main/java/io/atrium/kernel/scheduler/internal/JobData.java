package io.atrium.kernel.scheduler.internal;

import io.atrium.sdk.scheduler.Schedule;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a scheduled run stores: whose job it is, its data and, for recurring runs, the schedule.
 * Stored as JSON so nothing depends on Java serialization or class loaders.
 */
record JobData(String plugin, String job, String runId, Map<String, String> data, Schedule schedule) {

  String instanceId() {
    return plugin + "/" + job + "/" + runId;
  }

  byte[] toJson() {
    JsonObjectBuilder dataJson = Json.createObjectBuilder();
    data.forEach(dataJson::add);
    JsonObjectBuilder json = Json.createObjectBuilder()
        .add("plugin", plugin).add("job", job).add("run", runId).add("data", dataJson);
    if (schedule != null) {
      JsonObjectBuilder scheduleJson = Json.createObjectBuilder().add("kind", schedule.kind().name());
      if (schedule.kind() == Schedule.Kind.INTERVAL) {
        scheduleJson.add("millis", schedule.interval().toMillis());
      } else {
        scheduleJson.add("cron", schedule.cron()).add("zone", schedule.zone().getId());
      }
      json.add("schedule", scheduleJson);
    }
    return json.build().toString().getBytes(StandardCharsets.UTF_8);
  }

  static JobData fromJson(byte[] bytes) {
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
      JsonObject json = reader.readObject();
      Map<String, String> data = new LinkedHashMap<>();
      json.getJsonObject("data").forEach((k, v) -> data.put(k, json.getJsonObject("data").getString(k)));
      Schedule schedule = null;
      if (json.containsKey("schedule")) {
        JsonObject s = json.getJsonObject("schedule");
        schedule = Schedule.Kind.valueOf(s.getString("kind")) == Schedule.Kind.INTERVAL
            ? Schedule.every(s.containsKey("millis") ? Duration.ofMillis(s.getJsonNumber("millis").longValue())
                : Duration.ofSeconds(s.getJsonNumber("seconds").longValue()))
            : Schedule.cron(s.getString("cron"), ZoneId.of(s.getString("zone")));
      }
      return new JobData(json.getString("plugin"), json.getString("job"), json.getString("run"), data, schedule);
    }
  }
}
