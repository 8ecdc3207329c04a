package io.atrium.kernel.notify.mail;

import io.atrium.kernel.config.DurationText;
import io.atrium.kernel.i18n.Message;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * How the platform reaches its SMTP server, from the Atrium settings {@code atrium.mail.*}. The
 * password comes from {@code atrium.mail.password}, best given as the environment variable
 * {@code ATRIUM_MAIL_PASSWORD}; it is never part of {@link #toString()}.
 *
 * @param host the SMTP server
 * @param port its port: by default 465 with {@code ssl}, 587 with {@code starttls}, else 25
 * @param username the login, or null for none
 * @param password the password, or null
 * @param from the sender, e.g. {@code Atrium <oa@example.com>}
 * @param startTls whether to upgrade the connection with STARTTLS (and require it)
 * @param ssl whether to connect with TLS from the start (SMTPS)
 * @param connectTimeout how long connecting may take
 * @param timeout how long reading and writing may take
 */
public record MailSettings(String host, int port, String username, String password, InternetAddress from,
    boolean startTls, boolean ssl, Duration connectTimeout, Duration timeout) {

  /** The SMTP server; unset: no e-mail. */
  public static final String HOST = "atrium.mail.host";
  /** Its port. */
  public static final String PORT = "atrium.mail.port";
  /** The login. */
  public static final String USERNAME = "atrium.mail.username";
  /** The password (environment variable {@code ATRIUM_MAIL_PASSWORD}). */
  public static final String PASSWORD = "atrium.mail.password";
  /** The sender address. */
  public static final String FROM = "atrium.mail.from";
  /** {@code true}: STARTTLS. */
  public static final String STARTTLS = "atrium.mail.starttls";
  /** {@code true}: TLS from the start. */
  public static final String SSL = "atrium.mail.ssl";
  /** Connect time-out, default 10 s. */
  public static final String CONNECT_TIMEOUT = "atrium.mail.connect-timeout";
  /** Read and write time-out, default 30 s. */
  public static final String TIMEOUT = "atrium.mail.timeout";

  /**
   * What reading the settings gave: settings, or why there are none.
   *
   * @param settings the settings, or null
   * @param problem why e-mail cannot be sent, or null
   */
  public record Setup(MailSettings settings, Message problem) {

    /** The settings, when e-mail can be sent. */
    public Optional<MailSettings> usable() {
      return Optional.ofNullable(settings);
    }
  }

  /** Reads the settings through a lookup such as {@code KernelSettings::get}. */
  public static Setup read(Function<String, Optional<String>> get) {
    Optional<String> host = get.apply(HOST);
    if (host.isEmpty()) {
      return new Setup(null, Message.of("notify.email.not-configured"));
    }
    try {
      boolean ssl = bool(get, SSL);
      boolean startTls = bool(get, STARTTLS);
      if (ssl && startTls) {
        throw new IllegalArgumentException(SSL + " and " + STARTTLS + " exclude each other; set one of them");
      }
      int port = get.apply(PORT).map(MailSettings::port).orElse(ssl ? 465 : startTls ? 587 : 25);
      InternetAddress from = from(get.apply(FROM).orElseThrow(() -> new IllegalArgumentException(FROM
          + " is not set; set the sender address, e.g. Atrium <oa@example.com>")));
      Duration connect = get.apply(CONNECT_TIMEOUT).map(v -> DurationText.parse(CONNECT_TIMEOUT, v))
          .orElse(Duration.ofSeconds(10));
      Duration timeout = get.apply(TIMEOUT).map(v -> DurationText.parse(TIMEOUT, v)).orElse(Duration.ofSeconds(30));
      return new Setup(new MailSettings(host.get(), port, get.apply(USERNAME).orElse(null),
          get.apply(PASSWORD).orElse(null), from, startTls, ssl, connect, timeout), null);
    } catch (IllegalArgumentException e) {
      return new Setup(null, Message.of("notify.email.bad-setting", e.getMessage()));
    }
  }

  private static boolean bool(Function<String, Optional<String>> get, String key) {
    String value = get.apply(key).orElse("false");
    if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
      throw new IllegalArgumentException(key + " = '" + value + "' must be true or false");
    }
    return Boolean.parseBoolean(value);
  }

  private static int port(String value) {
    try {
      int port = Integer.parseInt(value.trim());
      if (port >= 1 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(PORT + " = '" + value + "' is not a port number (1 to 65535)");
  }

  private static InternetAddress from(String value) {
    try {
      InternetAddress address = new InternetAddress(value, true);
      address.validate();
      return address;
    } catch (AddressException e) {
      throw new IllegalArgumentException(FROM + " = '" + value + "' is not an e-mail address: " + e.getMessage());
    }
  }

  @Override
  public String toString() {
    return "smtp" + (ssl ? "s" : "") + "://" + (username == null ? "" : username + "@") + host + ":" + port
        + (startTls ? " (STARTTLS)" : "") + ", from " + from;
  }
}
