package io.atrium.kernel.validation;

import io.atrium.kernel.i18n.Message;

/**
 * The change conflicts with the object's state: someone else changed it first, or it is still in
 * use. Nothing was changed. REST answers 409.
 */
public class ConflictException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Message text;

  /** Creates the exception. */
  public ConflictException(String key, Object... args) {
    super(Message.of(key, args).toString());
    this.text = Message.of(key, args);
  }

  /** What conflicts, translatable. */
  public Message text() {
    return text;
  }
}
