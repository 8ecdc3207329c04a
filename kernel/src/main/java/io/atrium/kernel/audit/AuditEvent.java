package io.atrium.kernel.audit;

import java.util.Map;
import java.util.Objects;

/**
 * One thing worth recording.
 *
 * @param category {@code auth} (sign-in and out), {@code denied} (permission denials), {@code admin}
 *     (administration) or {@code data} (changes to business data)
 * @param action what happened, e.g. {@code user.create}, {@code login.failed}
 * @param objectType the kind of object, e.g. {@code user}, {@code forms:leads}
 * @param objectId the object's id, or null
 * @param before changed values before, never secrets
 * @param after changed values after, never secrets
 * @param source {@code kernel} or the plugin id
 * @param actorName who acted when there is no signed-in subject (the name a failed sign-in tried), or null
 */
public record AuditEvent(String category, String action, String objectType, String objectId, Map<String, ?> before,
    Map<String, ?> after, String source, String actorName) {

  /** Checks the parts. */
  public AuditEvent {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(action, "action");
    before = before == null ? Map.of() : before;
    after = after == null ? Map.of() : after;
    source = source == null ? "kernel" : source;
  }

  /** An administrative change made by the kernel. */
  public static AuditEvent admin(String action, String objectType, Object objectId, Map<String, ?> before,
      Map<String, ?> after) {
    return new AuditEvent("admin", action, objectType, objectId == null ? null : objectId.toString(), before, after,
        "kernel", null);
  }

  /** A sign-in event; {@code actorName} is the login name tried. */
  public static AuditEvent auth(String action, String actorName) {
    return new AuditEvent("auth", action, "session", null, Map.of(), Map.of(), "kernel", actorName);
  }

  /** A permission denial. */
  public static AuditEvent denied(String permission, String target) {
    return new AuditEvent("denied", "permission.denied", "permission", permission, Map.of(),
        Map.of("target", target == null ? "" : target), "kernel", null);
  }
}
