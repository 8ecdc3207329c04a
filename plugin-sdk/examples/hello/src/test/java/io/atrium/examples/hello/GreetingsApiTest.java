package io.atrium.examples.hello;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.examples.hello.internal.GreetingServiceImpl;
import io.atrium.examples.hello.internal.GreetingsApi;
import io.atrium.sdk.rest.BadRequestProblem;
import io.atrium.sdk.testkit.PluginTestKit;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The plugin's REST resource called as the server would, without the server. */
class GreetingsApiTest {

  private PluginTestKit kit;
  private GreetingsApi api;

  @BeforeEach
  void start() {
    kit = PluginTestKit.forPlugin("hello").user("alice", "hello:greeting:view").start();
    kit.register(GreetingService.class, kit.create(GreetingServiceImpl.class));
    api = kit.create(GreetingsApi.class);
  }

  @AfterEach
  void stop() {
    kit.close();
  }

  @Test
  void answersUnderThePluginsOwnPath() {
    assertThat(api.path()).isEqualTo("hello");
  }

  @Test
  void aPostedGreetingIsCreatedAndListedNewestFirst() {
    GreetingsApi.GreetingView view = api.add(new GreetingsApi.NewGreeting("  Hi there "));
    kit.clock().advance(Duration.ofMinutes(1));
    api.add(new GreetingsApi.NewGreeting("Second"));

    assertThat(view.message()).isEqualTo("Hi there");
    assertThat(view.author()).isEqualTo("alice");
    assertThat(api.latest(20)).extracting(GreetingsApi.GreetingView::message).containsExactly("Second", "Hi there");
    assertThat(api.latest(1)).hasSize(1);
    assertThat(api.latest(-5)).hasSize(1);
  }

  @Test
  void aMissingOrBlankMessageIsABadRequestPointingAtIt() {
    kit.user().locale(Locale.ENGLISH);

    assertThatThrownBy(() -> api.add(null)).isInstanceOf(BadRequestProblem.class)
        .hasMessageContaining("{\"message\"");
    assertThatThrownBy(() -> api.add(new GreetingsApi.NewGreeting("   "))).isInstanceOfSatisfying(
        BadRequestProblem.class, e -> {
          assertThat(e.pointer()).isEqualTo("$.message");
          assertThat(e.getMessage()).isEqualTo("Type a greeting first.");
        });
    assertThat(api.latest(20)).isEmpty();
  }

  @Test
  void tellsTheCallerWhatTheyMayDo() {
    JsonObject me = api.me();

    assertThat(me.getString("username")).isEqualTo("alice");
    assertThat(me.getBoolean("mayView")).isTrue();
    assertThat(me.getBoolean("mayReply")).isFalse();
  }
}
