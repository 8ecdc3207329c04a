package io.atrium.kernel.validation;

import io.atrium.kernel.i18n.Message;

/** The object asked for does not exist (or the caller may not know it does). REST answers 404. */
public class NotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Message text;

  /** Creates the exception. */
  public NotFoundException(String key, Object... args) {
    this(Message.of(key, args));
  }

  /** Creates the exception. */
  public NotFoundException(Message text) {
    super(text.toString());
    this.text = text;
  }

  /** What was not found, translatable. */
  public Message text() {
    return text;
  }
}
