package io.atrium.kernel.scheduler.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.sdk.scheduler.Schedule;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobDataTest {

  private static JobData roundTrip(JobData data) {
    return JobData.fromJson(data.toJson());
  }

  @Test
  void aOneShotRunRoundTrips() {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("recipient", "zoë@example.com");
    data.put("subject", "Quote \"this\"\nand a new line, 中文 \\ /");
    data.put("empty", "");
    JobData job = new JobData("crm-lite", "send-mail", "r-42", data, null);

    JobData back = roundTrip(job);

    assertThat(back.plugin()).isEqualTo("crm-lite");
    assertThat(back.job()).isEqualTo("send-mail");
    assertThat(back.runId()).isEqualTo("r-42");
    assertThat(back.data()).isEqualTo(data);
    assertThat(back.data().keySet()).containsExactly("recipient", "subject", "empty");
    assertThat(back.schedule()).isNull();
    assertThat(back).isEqualTo(job);
    assertThat(back.instanceId()).isEqualTo("crm-lite/send-mail/r-42");
  }

  @Test
  void anIntervalScheduleRoundTrips() {
    JobData job = new JobData("hello", "reply", "every", Map.of(), Schedule.every(Duration.ofMinutes(90)));

    JobData back = roundTrip(job);

    assertThat(back.schedule().kind()).isEqualTo(Schedule.Kind.INTERVAL);
    assertThat(back.schedule().interval()).isEqualTo(Duration.ofMinutes(90));
    assertThat(back.schedule().cron()).isNull();
    assertThat(back.schedule().zone()).isNull();
    assertThat(back.data()).isEmpty();
  }

  @Test
  void aCronScheduleRoundTripsWithItsZone() {
    JobData job = new JobData("hello", "digest", "cron", Map.of("to", "all"),
        Schedule.cron("0 0 8 * * MON-FRI", ZoneId.of("Europe/Berlin")));

    JobData back = roundTrip(job);

    assertThat(back.schedule().kind()).isEqualTo(Schedule.Kind.CRON);
    assertThat(back.schedule().cron()).isEqualTo("0 0 8 * * MON-FRI");
    assertThat(back.schedule().zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(back.schedule().interval()).isNull();
    assertThat(back.data()).containsExactly(Map.entry("to", "all"));
  }

  @Test
  void isStoredAsPlainJson() {
    JobData job = new JobData("hello", "reply", "r1", Map.of("k", "v"), Schedule.every(Duration.ofSeconds(30)));

    String json = new String(job.toJson(), StandardCharsets.UTF_8);

    assertThat(json).isEqualTo("{\"plugin\":\"hello\",\"job\":\"reply\",\"run\":\"r1\",\"data\":{\"k\":\"v\"},"
        + "\"schedule\":{\"kind\":\"INTERVAL\",\"millis\":30000}}");
  }

  @Test
  void theSerializerStoresJobDataOnly() {
    JobDataSerializer serializer = new JobDataSerializer();
    JobData job = new JobData("hello", "reply", "r1", Map.of("k", "v"), null);

    assertThat(serializer.deserialize(JobData.class, serializer.serialize(job))).isEqualTo(job);
    assertThat(serializer.serialize(null)).isNull();
    assertThat(serializer.deserialize(JobData.class, null)).isNull();
    assertThat(serializer.deserialize(Void.class, job.toJson())).isNull();
    assertThatThrownBy(() -> serializer.serialize("text")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Only job data is stored, not java.lang.String");
  }
}
