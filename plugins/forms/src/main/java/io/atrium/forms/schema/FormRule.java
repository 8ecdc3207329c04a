package io.atrium.forms.schema;

import java.util.List;
import java.util.Objects;

/**
 * A conditional rule: while {@code when} holds, the named fields are shown, hidden or required.
 * A hidden field is neither validated nor kept on submit.
 *
 * @param when Jakarta EL over field names, e.g. {@code amount > 5000}
 * @param show field names shown only while it holds
 * @param hide field names hidden while it holds
 * @param require field names required while it holds
 */
public record FormRule(String when, List<String> show, List<String> hide, List<String> require) {

  /** Checks the condition and freezes the lists. */
  public FormRule {
    Objects.requireNonNull(when, "when");
    show = show == null ? List.of() : List.copyOf(show);
    hide = hide == null ? List.of() : List.copyOf(hide);
    require = require == null ? List.of() : List.copyOf(require);
  }
}
