package io.atrium.sdk.portal;

import java.util.List;
import java.util.Map;

/**
 * What a bulk action did.
 *
 * @param done the tasks it was applied to
 * @param failed the tasks it could not be applied to, each with a message for the user
 */
public record BulkResult(List<String> done, Map<String, String> failed) {

  /** Copies the parts. */
  public BulkResult {
    done = List.copyOf(done);
    failed = Map.copyOf(failed);
  }
}
