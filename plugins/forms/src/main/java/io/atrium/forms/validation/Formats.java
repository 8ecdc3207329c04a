package io.atrium.forms.validation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The formats of e-mail addresses, phone numbers, web addresses, region codes and blob ids: each
 * method answers the canonical form, or empty when the text is not of the format. The patterns are
 * also handed to the browser (see {@link ClientRules}), so they are written in the common subset of
 * Java and JavaScript regular expressions.
 */
public final class Formats {

  /** An e-mail address: a local part, {@code @}, and a domain with at least one dot. */
  public static final String EMAIL = "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
      + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$";
  /** A mainland mobile number after separators are removed: {@code 1[3-9]} and nine digits, optionally +86. */
  public static final String MOBILE_CN = "^(?:\\+86|0086)?1[3-9][0-9]{9}$";
  /** An international number after separators are removed: {@code +} and 7 to 15 digits (E.164). */
  public static final String INTERNATIONAL = "^(?:\\+|00)[1-9][0-9]{6,14}$";
  /** What separates groups of digits in a phone number as people type it. */
  public static final String PHONE_SEPARATORS = "[\\s().\\-]";
  /** A web address: http or https, then a host. */
  public static final String URL = "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+[^\\s]*$";

  private static final Pattern EMAIL_PATTERN = Pattern.compile(EMAIL);
  private static final Pattern MOBILE_PATTERN = Pattern.compile(MOBILE_CN);
  private static final Pattern INTERNATIONAL_PATTERN = Pattern.compile(INTERNATIONAL);
  private static final Pattern REGION_CODE = Pattern.compile("[0-9]{6}");
  /** URL-safe Base64 (the kernel draws 24 random bytes), so an id may start with - or _, never with a dot. */
  private static final Pattern BLOB_ID = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_.-]{0,127}");

  private Formats() {
  }

  /** An e-mail address, with its domain in lower case. */
  public static Optional<String> email(String text) {
    if (text.length() > 254 || !EMAIL_PATTERN.matcher(text).matches()) {
      return Optional.empty();
    }
    int at = text.lastIndexOf('@');
    return Optional.of(text.substring(0, at + 1) + text.substring(at + 1).toLowerCase(Locale.ROOT));
  }

  /** A mainland mobile number as its 11 digits: {@code +86 138-1234-5678} becomes {@code 13812345678}. */
  public static Optional<String> mobileCn(String text) {
    String digits = text.replaceAll(PHONE_SEPARATORS, "");
    if (!MOBILE_PATTERN.matcher(digits).matches()) {
      return Optional.empty();
    }
    return Optional.of(digits.substring(digits.length() - 11));
  }

  /** An international number as {@code +} and its digits: {@code 0044 20 7946 0958} becomes {@code +442079460958}. */
  public static Optional<String> international(String text) {
    String digits = text.replaceAll(PHONE_SEPARATORS, "");
    if (!INTERNATIONAL_PATTERN.matcher(digits).matches()) {
      return Optional.empty();
    }
    return Optional.of(digits.startsWith("00") ? "+" + digits.substring(2) : digits);
  }

  /** A web address with scheme http or https and a host. */
  public static Optional<String> url(String text) {
    if (!text.matches(URL)) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(text);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /**
   * A region as codes joined by {@code /}, top down, e.g. {@code 110000/110105}: one to
   * {@code depth} six-digit codes, each within the one before (a city shares its province's first
   * two digits, a district its city's first four).
   */
  public static Optional<String> region(String text, int depth) {
    String[] parts = text.split("/", -1);
    if (parts.length < 1 || parts.length > depth) {
      return Optional.empty();
    }
    for (int i = 0; i < parts.length; i++) {
      parts[i] = parts[i].strip();
      if (!REGION_CODE.matcher(parts[i]).matches()) {
        return Optional.empty();
      }
      if (i > 0 && !parts[i].startsWith(parts[i - 1].substring(0, 2 * i))) {
        return Optional.empty();
      }
    }
    return Optional.of(String.join("/", parts));
  }

  /** Whether the text has the form of a blob id. */
  public static boolean blobId(String text) {
    return BLOB_ID.matcher(text).matches();
  }

  /** Whether a content type is accepted by a list such as {@code image/*}, {@code application/pdf}. */
  public static boolean mediaTypeAccepted(String mediaType, java.util.Collection<String> accepted) {
    if (accepted.isEmpty()) {
      return true;
    }
    String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
    int semicolon = type.indexOf(';');
    if (semicolon >= 0) {
      type = type.substring(0, semicolon).strip();
    }
    for (String allowed : accepted) {
      if (allowed.endsWith("/*") ? type.startsWith(allowed.substring(0, allowed.length() - 1)) : allowed.equals(type)) {
        return true;
      }
    }
    return false;
  }
}
