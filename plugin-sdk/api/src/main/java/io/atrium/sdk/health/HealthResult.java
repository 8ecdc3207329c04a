package io.atrium.sdk.health;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The outcome of a {@link HealthContributor} check. */
public final class HealthResult {

  private final boolean up;
  private final Map<String, String> details;

  private HealthResult(boolean up, Map<String, String> details) {
    this.up = up;
    this.details = Collections.unmodifiableMap(details);
  }

  /** Healthy. */
  public static HealthResult up() {
    return new HealthResult(true, new LinkedHashMap<>());
  }

  /** Not healthy, with the reason an administrator reads. */
  public static HealthResult down(String reason) {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("reason", reason);
    return new HealthResult(false, details);
  }

  /** A copy with one more detail. */
  public HealthResult withDetail(String key, Object value) {
    Map<String, String> copy = new LinkedHashMap<>(details);
    copy.put(key, String.valueOf(value));
    return new HealthResult(up, copy);
  }

  /** Whether healthy. */
  public boolean isUp() {
    return up;
  }

  /** Details, unmodifiable. */
  public Map<String, String> details() {
    return details;
  }
}
