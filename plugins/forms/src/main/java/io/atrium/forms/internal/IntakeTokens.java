package io.atrium.forms.internal;

import io.atrium.forms.IntakeRefusedException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The render-time token of a public intake page: when it was rendered, for which slug, signed
 * with HMAC-SHA256. A submit must bring it back no sooner than {@code minAge} (people take longer
 * to fill a form than scripts) and no later than {@code maxAge}.
 */
final class IntakeTokens {

  private static final String HMAC = "HmacSHA256";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] key;
  private final Duration minAge;
  private final Duration maxAge;

  /**
   * Creates the signer.
   *
   * @param key the signing key, at least 16 bytes
   * @param minAge how long a page must have been open before its submit counts
   * @param maxAge how long a rendered page stays valid
   */
  IntakeTokens(byte[] key, Duration minAge, Duration maxAge) {
    if (key.length < 16) {
      throw new IllegalArgumentException("An intake signing key needs at least 16 bytes");
    }
    this.key = key.clone();
    this.minAge = minAge;
    this.maxAge = maxAge;
  }

  /** A new random key. */
  static byte[] newKey() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return key;
  }

  /** A token for a page of {@code slug} rendered at {@code now}. */
  String issue(String slug, Instant now) {
    byte[] nonce = new byte[9];
    RANDOM.nextBytes(nonce);
    String body = now.toEpochMilli() + "." + ENCODER.encodeToString(nonce);
    return body + "." + sign(slug, body);
  }

  /**
   * Checks a token brought back with a submit to {@code slug} at {@code now}.
   *
   * @throws IntakeRefusedException when it is missing, forged, for another slug, too fresh or too old
   */
  void check(String slug, String token, Instant now) {
    if (token == null || token.isBlank()) {
      throw new IntakeRefusedException("forms.intake.refused.token");
    }
    int last = token.lastIndexOf('.');
    int first = token.indexOf('.');
    if (first <= 0 || last == first) {
      throw new IntakeRefusedException("forms.intake.refused.token");
    }
    String body = token.substring(0, last);
    byte[] expected = sign(slug, body).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, token.substring(last + 1).getBytes(StandardCharsets.US_ASCII))) {
      throw new IntakeRefusedException("forms.intake.refused.token");
    }
    Instant issued;
    try {
      issued = Instant.ofEpochMilli(Long.parseLong(token.substring(0, first)));
    } catch (NumberFormatException e) {
      throw new IntakeRefusedException("forms.intake.refused.token");
    }
    Duration age = Duration.between(issued, now);
    if (age.compareTo(minAge) < 0) {
      throw new IntakeRefusedException("forms.intake.refused.tooFast");
    }
    if (age.compareTo(maxAge) > 0) {
      throw new IntakeRefusedException("forms.intake.refused.expired");
    }
  }

  private String sign(String slug, String body) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(key, HMAC));
      return ENCODER.encodeToString(mac.doFinal((slug + "|" + body).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
    }
  }
}
