package io.atrium.workflows.runtime;

import io.atrium.workflows.WorkflowsMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How workflows names a record: {@code <sourceKey>/<id>}, e.g. {@code forms.campaign/42}, where
 * the source key is a {@link io.atrium.sdk.record.RecordSource}'s key.
 *
 * @param sourceKey the record source
 * @param id the record's id in it
 */
public record RecordRef(String sourceKey, long id) {

  private static final Pattern FORM = Pattern.compile("([A-Za-z0-9._-]{1,150})/([1-9][0-9]{0,18})");

  /**
   * Reads a reference.
   *
   * @throws WorkflowsInputException when it is not {@code <sourceKey>/<id>}
   */
  public static RecordRef parse(String text) {
    Matcher matcher = text == null ? null : FORM.matcher(text);
    if (matcher == null || !matcher.matches()) {
      throw new WorkflowsInputException(WorkflowsMessage.of("workflows.runtime.badRecordRef", text));
    }
    try {
      return new RecordRef(matcher.group(1), Long.parseLong(matcher.group(2)));
    } catch (NumberFormatException e) {
      throw new WorkflowsInputException(WorkflowsMessage.of("workflows.runtime.badRecordRef", text));
    }
  }

  @Override
  public String toString() {
    return sourceKey + "/" + id;
  }
}
