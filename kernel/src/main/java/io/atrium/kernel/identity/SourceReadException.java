package io.atrium.kernel.identity;

import io.atrium.kernel.i18n.Message;

/** A directory source could not be read; the text says what is wrong and what to check. */
public class SourceReadException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient Message text;

  /** Creates the exception. */
  public SourceReadException(Message text, Throwable cause) {
    super(text.toString(), cause);
    this.text = text;
  }

  /** What went wrong, translatable. */
  public Message text() {
    return text;
  }
}
