package io.atrium.workflows.runtime;

import io.atrium.workflows.WorkflowsException;
import io.atrium.workflows.WorkflowsMessage;
import java.time.Duration;
import java.time.Instant;

/** The task was urged a short while ago; REST answers 429 with {@code Retry-After}. */
public class UrgedTooOftenException extends WorkflowsException {

  private static final long serialVersionUID = 1L;

  private final Instant retryAt;
  private final Duration wait;

  /** Creates the exception. */
  public UrgedTooOftenException(String taskId, Instant retryAt, Duration wait) {
    super(WorkflowsMessage.of("workflows.runtime.urgedTooOften", taskId, retryAt));
    this.retryAt = retryAt;
    this.wait = wait;
  }

  /** How long until the task may be urged again. */
  public Duration retryAfter() {
    return wait;
  }

  /** When the task may be urged again. */
  public Instant retryAt() {
    return retryAt;
  }
}
