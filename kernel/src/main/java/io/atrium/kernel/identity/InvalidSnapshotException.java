package io.atrium.kernel.identity;

import io.atrium.kernel.i18n.Message;

/** A directory snapshot that cannot be applied as a whole (duplicate ids, a loop of departments). */
public final class InvalidSnapshotException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Message text;

  /** Creates the exception. */
  public InvalidSnapshotException(String key, Object... args) {
    super(Message.of(key, args).toString());
    this.text = Message.of(key, args);
  }

  /** What is wrong, translatable. */
  public Message text() {
    return text;
  }
}
