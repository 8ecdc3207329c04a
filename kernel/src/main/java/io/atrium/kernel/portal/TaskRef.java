package io.atrium.kernel.portal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * A task across providers: the source (provider) key and the provider's task id.
 *
 * @param sourceKey {@code <pluginId>/<providerId>}
 * @param taskId the provider's id of the task
 */
public record TaskRef(String sourceKey, String taskId) {

  /** Checks the parts. */
  public TaskRef {
    Objects.requireNonNull(sourceKey, "sourceKey");
    Objects.requireNonNull(taskId, "taskId");
  }

  /** An opaque key without commas or markup, for row keys and HTML attributes. */
  public String key() {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString((sourceKey + "\n" + taskId).getBytes(StandardCharsets.UTF_8));
  }

  /** The reference behind a {@link #key()}, if it is one. */
  public static Optional<TaskRef> parse(String key) {
    if (key == null || key.isEmpty() || key.length() > 4000) {
      return Optional.empty();
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(key), StandardCharsets.UTF_8);
      int newline = text.indexOf('\n');
      if (newline <= 0) {
        return Optional.empty();
      }
      return Optional.of(new TaskRef(text.substring(0, newline), text.substring(newline + 1)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
