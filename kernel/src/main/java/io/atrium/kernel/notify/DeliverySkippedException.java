package io.atrium.kernel.notify;

import io.atrium.kernel.i18n.Message;

/** Thrown by a {@link BuiltInChannel} that will not deliver on purpose; the delivery becomes SKIPPED, not retried. */
public final class DeliverySkippedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Message reason;

  /** Skips a delivery for a reason. */
  public DeliverySkippedException(Message reason) {
    super(reason.toString());
    this.reason = reason;
  }

  /** Why. */
  public Message reason() {
    return reason;
  }
}
