package io.atrium.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.testing.AtriumClient;
import io.atrium.testing.AtriumServer;
import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Second half of the restart scenario: a new server on the same data finds everything as it was. */
@Order(2)
public class StateAfterRestartIT extends AtriumServer {

  @Test
  void pluginStatesSurviveARestart() {
    assertThat(client.plugin("hello").getString("state")).isEqualTo("ACTIVE");
    JsonObject sleeper = client.plugin("sleeper");
    assertThat(sleeper.getString("state")).isEqualTo("DISABLED");
    assertThat(sleeper.getBoolean("enabled")).isFalse();
  }

  @Test
  void dataSurvivesARestartAndAJobMissedWhileDownRunsAtStart() {
    assertThat(RestartScenario.greeting).as("the first half of the scenario ran").isNotNull();
    AtriumClient.Browser browser = client.login("admin", adminPassword());
    String reply = "Thank you for \"" + RestartScenario.greeting + "\", admin!";

    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    String page = "";
    while (System.nanoTime() < deadline && !page.contains(reply)) {
      page = browser.get("/hello/index.xhtml").body().replace("&quot;", "\"");
      AtriumClient.sleep(250);
    }
    assertThat(page).contains(RestartScenario.greeting).contains(reply);
  }
}
