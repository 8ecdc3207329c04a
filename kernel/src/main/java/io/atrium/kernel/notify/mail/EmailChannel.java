package io.atrium.kernel.notify.mail;

import io.atrium.kernel.i18n.Message;
import io.atrium.kernel.notify.BuiltInChannel;
import io.atrium.kernel.notify.DeliverySkippedException;
import io.atrium.sdk.identity.Person;
import io.atrium.sdk.notify.Delivery;
import jakarta.mail.Authenticator;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;

/**
 * The built-in e-mail channel ({@code email}): one message per delivery, with a UTF-8 subject and a
 * plain-text and an HTML part, sent through the SMTP server of {@link MailSettings}. Without mail
 * settings the channel is unavailable and deliveries to it are skipped.
 */
public final class EmailChannel implements BuiltInChannel {

  /** The channel id. */
  public static final String ID = "email";
  /** Header carrying the delivery id, so a repeated delivery can be recognized. */
  public static final String DELIVERY_HEADER = "X-Atrium-Delivery";

  private final MailSettings.Setup setup;
  private final String preferencesUrl;
  private volatile Session session;

  /**
   * Creates the channel.
   *
   * @param setup the mail settings, or why there are none
   * @param baseUrl the portal's address for the link to the preferences, or null
   */
  public EmailChannel(MailSettings.Setup setup, String baseUrl) {
    this.setup = setup;
    this.preferencesUrl = baseUrl == null ? null : baseUrl + "/me/notifications.xhtml";
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String labelKey() {
    return "notify.channel.email";
  }

  @Override
  public boolean enabledByDefault() {
    return true;
  }

  @Override
  public Optional<Message> unavailable() {
    return Optional.ofNullable(setup.problem());
  }

  @Override
  public Optional<Message> unreachable(Person person) {
    return person.email() == null || person.email().isBlank()
        ? Optional.of(Message.of("notify.email.no-address", person.username())) : Optional.empty();
  }

  @Override
  public void deliver(Delivery delivery) throws MessagingException {
    MailSettings settings = setup.usable().orElseThrow(() -> new DeliverySkippedException(setup.problem()));
    unreachable(delivery.recipient()).ifPresent(reason -> {
      throw new DeliverySkippedException(reason);
    });
    Transport.send(message(session(settings), settings, delivery));
  }

  /** The message for a delivery. Visible for tests. */
  MimeMessage message(Session mailSession, MailSettings settings, Delivery delivery) throws MessagingException {
    MimeMessage message = new MimeMessage(mailSession);
    message.setFrom(settings.from());
    message.setRecipient(RecipientType.TO, recipient(delivery.recipient()));
    // a title is one line; line breaks in a header would fold or break it
    message.setSubject(delivery.title().replaceAll("[\\r\\n]+", " "), StandardCharsets.UTF_8.name());
    message.setSentDate(new Date());
    message.setHeader(DELIVERY_HEADER, delivery.id());
    message.setHeader("Auto-Submitted", "auto-generated");
    MimeBodyPart plain = new MimeBodyPart();
    plain.setText(MailBodies.plain(delivery, preferencesUrl), StandardCharsets.UTF_8.name(), "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(MailBodies.html(delivery, preferencesUrl), StandardCharsets.UTF_8.name(), "html");
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(plain);
    alternative.addBodyPart(html);
    message.setContent(alternative);
    message.saveChanges();
    return message;
  }

  private static InternetAddress recipient(Person person) throws MessagingException {
    try {
      InternetAddress address = new InternetAddress(person.email(), person.displayName(), StandardCharsets.UTF_8.name());
      address.validate();
      return address;
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    } catch (jakarta.mail.internet.AddressException e) {
      throw new DeliverySkippedException(Message.of("notify.email.bad-address", person.username(), person.email()));
    }
  }

  private Session session(MailSettings settings) {
    Session current = session;
    if (current == null) {
      current = Session.getInstance(properties(settings), settings.username() == null ? null : new Authenticator() {
        @Override
        protected PasswordAuthentication getPasswordAuthentication() {
          return new PasswordAuthentication(settings.username(), settings.password() == null ? ""
              : settings.password());
        }
      });
      session = current;
    }
    return current;
  }

  /** The Jakarta Mail properties of the settings. Visible for tests. */
  static Properties properties(MailSettings settings) {
    Properties properties = new Properties();
    properties.put("mail.transport.protocol", "smtp");
    properties.put("mail.smtp.host", settings.host());
    properties.put("mail.smtp.port", String.valueOf(settings.port()));
    properties.put("mail.smtp.auth", String.valueOf(settings.username() != null));
    properties.put("mail.smtp.connectiontimeout", String.valueOf(settings.connectTimeout().toMillis()));
    properties.put("mail.smtp.timeout", String.valueOf(settings.timeout().toMillis()));
    properties.put("mail.smtp.writetimeout", String.valueOf(settings.timeout().toMillis()));
    properties.put("mail.smtp.from", settings.from().getAddress());
    if (settings.startTls()) {
      properties.put("mail.smtp.starttls.enable", "true");
      properties.put("mail.smtp.starttls.required", "true");
    }
    if (settings.ssl()) {
      properties.put("mail.smtp.ssl.enable", "true");
    }
    if (settings.startTls() || settings.ssl()) {
      properties.put("mail.smtp.ssl.checkserveridentity", "true");
    }
    properties.put("mail.mime.charset", StandardCharsets.UTF_8.name());
    return properties;
  }
}
