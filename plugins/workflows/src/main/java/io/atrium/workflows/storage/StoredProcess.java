package io.atrium.workflows.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * A process as the designer keeps it: its draft and the number of its newest published version.
 *
 * @param key the process key
 * @param name the draft's name
 * @param sourceKey the record source it approves, e.g. {@code forms.campaign}
 * @param draftJson the draft definition as JSON
 * @param latestVersion the newest published version, 0 before the first publication
 * @param savedBy who saved the draft last, or null
 * @param savedAt when
 */
public record StoredProcess(String key, String name, String sourceKey, String draftJson, int latestVersion,
    Long savedBy, Instant savedAt) {

  /** Checks the parts. */
  public StoredProcess {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sourceKey, "sourceKey");
    Objects.requireNonNull(draftJson, "draftJson");
    Objects.requireNonNull(savedAt, "savedAt");
  }
}
