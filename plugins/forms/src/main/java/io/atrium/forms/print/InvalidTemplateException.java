package io.atrium.forms.print;

import java.util.List;

/**
 * A print template is refused; the message key ({@code forms.print.invalid.*}) and its arguments
 * name the line and the placeholder or element at fault.
 */
public class InvalidTemplateException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String key;
  private final int line;
  private final transient List<Object> arguments;

  /** Creates the exception; {@code line} is from 1, or 0 when the problem has no line. */
  public InvalidTemplateException(String key, int line, Object... arguments) {
    super(key + " at line " + line + " " + List.of(arguments));
    this.key = key;
    this.line = line;
    this.arguments = List.of(arguments);
  }

  /** The message key in the plugin's bundle; its {0} is the line, {1}... the arguments. */
  public String key() {
    return key;
  }

  /** The line of the template, from 1; 0 when the problem has no line. */
  public int line() {
    return line;
  }

  /** The line followed by the arguments, for the message's {0}, {1}, ... */
  public Object[] messageArguments() {
    Object[] all = new Object[arguments.size() + 1];
    all[0] = line;
    for (int i = 0; i < arguments.size(); i++) {
      all[i + 1] = arguments.get(i);
    }
    return all;
  }
}
