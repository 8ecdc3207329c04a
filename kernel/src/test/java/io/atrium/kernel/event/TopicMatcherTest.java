package io.atrium.kernel.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TopicMatcherTest {

  @ParameterizedTest
  @ValueSource(strings = {"forms/record/created", "hello", "crm-lite/deal.won", "a/b_c/9", "0/1", "x.y-z_w"})
  void acceptsWellFormedTopics(String topic) {
    assertThat(TopicMatcher.isValidTopic(topic)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"Forms/record", "forms//record", "/forms", "forms/", "forms/*", "*", "forms record",
      "forms/-record", "_forms", "forms\\record", "förms"})
  void refusesMalformedTopics(String topic) {
    assertThat(TopicMatcher.isValidTopic(topic)).isFalse();
  }

  @Test
  void limitsTheLengthOfATopicTo200Characters() {
    assertThat(TopicMatcher.isValidTopic("a".repeat(200))).isTrue();
    assertThat(TopicMatcher.isValidTopic("a".repeat(201))).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
      "*, forms/record/created",
      "*, hello",
      "forms/record/created, forms/record/created",
      "forms/*, forms/record",
      "forms/*, forms/record/created",
      "forms/record/*, forms/record/created",
      "a/*, a/b",
  })
  void matches(String subscription, String topic) {
    assertThat(TopicMatcher.matches(subscription, topic)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
      "forms/record/created, forms/record/deleted",
      "forms/record, forms/record/created",
      "a/*, ab/c",
      "a/*, a",
      "forms/*, formsx/record",
      "forms/record/*, forms/recordings/x",
      "forms/*, crm/forms/record",
      "forms*, forms/record",
      "*/record, forms/record",
  })
  void doesNotMatch(String subscription, String topic) {
    assertThat(TopicMatcher.matches(subscription, topic)).isFalse();
  }

  @Test
  void matchesAnyOfSeveralSubscriptions() {
    List<String> subscriptions = List.of("crm/*", "forms/record/created");

    assertThat(TopicMatcher.matchesAny(subscriptions, "crm/deal/won")).isTrue();
    assertThat(TopicMatcher.matchesAny(subscriptions, "forms/record/created")).isTrue();
    assertThat(TopicMatcher.matchesAny(subscriptions, "forms/record/deleted")).isFalse();
    assertThat(TopicMatcher.matchesAny(List.of(), "crm/deal/won")).isFalse();
  }
}
