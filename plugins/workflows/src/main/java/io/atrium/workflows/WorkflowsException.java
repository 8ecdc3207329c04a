package io.atrium.workflows;

import java.util.Locale;

/** A refusal with a message of the plugin's bundle; the exception's message is the English text. */
public class WorkflowsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final WorkflowsMessage reason;

  /** Creates the exception. */
  public WorkflowsException(WorkflowsMessage reason) {
    super(reason.english());
    this.reason = reason;
  }

  /** The reason, for other languages. */
  public WorkflowsMessage reason() {
    return reason;
  }

  /** The message in a language. */
  public String getMessage(Locale locale) {
    return reason.text(locale);
  }
}
