package io.atrium.kernel.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain: each entry's hash is SHA-256 over the previous entry's hash followed by the
 * canonical text of the entry itself (every stored column except id and the hashes).
 */
public final class AuditHash {

  /** The previous hash of the first entry. */
  public static final String GENESIS = "0".repeat(64);

  private AuditHash() {
  }

  /** The hash of an entry chained after {@code prevHash}. */
  public static String of(String prevHash, AuditEntry entry) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(prevHash.getBytes(StandardCharsets.UTF_8));
      digest.update(canonical(entry).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("This Java has no SHA-256", e);
    }
  }

  /**
   * The canonical text of an entry: a JSON object with sorted keys; before and after are the
   * stored canonical JSON, embedded as they are.
   */
  static String canonical(AuditEntry entry) {
    StringBuilder out = new StringBuilder(256 + entry.beforeJson().length() + entry.afterJson().length());
    out.append('{');
    field("action", entry.action(), out);
    out.append(",\"actorId\":").append(entry.actorId() == null ? "null" : entry.actorId().toString());
    out.append(',');
    field("actorName", entry.actorName(), out);
    out.append(',');
    field("address", entry.address(), out);
    out.append(",\"after\":").append(entry.afterJson());
    out.append(",\"before\":").append(entry.beforeJson());
    out.append(',');
    field("category", entry.category(), out);
    out.append(',');
    field("objectId", entry.objectId(), out);
    out.append(',');
    field("objectType", entry.objectType(), out);
    out.append(',');
    field("occurredAt", entry.occurredAt().toString(), out);
    out.append(',');
    field("source", entry.source(), out);
    out.append(',');
    field("userAgent", entry.userAgent(), out);
    out.append('}');
    return out.toString();
  }

  private static void field(String name, String value, StringBuilder out) {
    CanonicalJson.writeString(name, out);
    out.append(':');
    if (value == null) {
      out.append("null");
    } else {
      CanonicalJson.writeString(value, out);
    }
  }
}
