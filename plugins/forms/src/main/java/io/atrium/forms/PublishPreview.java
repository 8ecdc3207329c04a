package io.atrium.forms;

import java.util.List;

/**
 * What publishing a draft would do, in the caller's language.
 *
 * @param changes what changed against the published version, one line each
 * @param steps what happens to the table, one line each
 * @param refusals why it cannot be published, one line each with what to do; empty when it can
 */
public record PublishPreview(List<String> changes, List<String> steps, List<String> refusals) {

  /** Whether publishing would go through. */
  public boolean publishable() {
    return refusals.isEmpty();
  }
}
