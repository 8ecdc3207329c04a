package io.atrium.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.testing.AtriumClient;
import io.atrium.testing.ServerTest;
import io.atrium.testing.TestJars;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * First half of the restart scenario: leaves plugins, data and a pending job behind. The server
 * stops when {@link io.atrium.SharedServerIT} ends (these tests run last there); {@link StateAfterRestartIT}
 * starts a new one on the same data.
 */
public abstract class StateBeforeRestartTests extends ServerTest {

  @Test
  void leaveStateBehind() {
    client.uninstallAllDataPlugins();
    assertThat(client.upload(helloJar()).statusCode()).isEqualTo(201);
    assertThat(client.upload(TestJars.jar(TestJars.pluginHeaders("sleeper")), "sleeper.jar").statusCode())
        .isEqualTo(201);
    assertThat(AtriumClient.json(client.post("/api/v1/plugins/sleeper/disable")).asJsonObject().getString("state"))
        .isEqualTo("DISABLED");

    RestartScenario.greeting = "before restart " + System.nanoTime();
    AtriumClient.Browser browser = client.login("admin", adminPassword());
    browser.get("/hello/index.xhtml");
    browser.ajax("/hello/index.xhtml", "greetingForm", "greetingForm:add",
        Map.of("greetingForm:message", RestartScenario.greeting));
    // the reply is due 8 s from now: the server is down by then and runs it when it comes back
    assertThat(browser.get("/hello/index.xhtml").body()).contains(RestartScenario.greeting)
        .doesNotContain("Thank you for &quot;" + RestartScenario.greeting)
        .doesNotContain("Thank you for \"" + RestartScenario.greeting);
  }
}
