package io.atrium.kernel.notify.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.atrium.kernel.notify.DeliverySkippedException;
import io.atrium.sdk.identity.Person;
import io.atrium.sdk.identity.UserStatus;
import io.atrium.sdk.notify.Delivery;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EmailChannelTest {

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(0, "127.0.0.1",
      ServerSetup.PROTOCOL_SMTP).dynamicPort()).withConfiguration(GreenMailConfiguration.aConfig()
      .withUser("atrium", "mail-Secret-1"));

  private static final Person WANG = new Person(7, "wang", "王丽", "wang@example.com", null, null, null, null,
      UserStatus.ACTIVE);

  private static Map<String, String> settings() {
    Map<String, String> settings = new HashMap<>();
    settings.put(MailSettings.HOST, "127.0.0.1");
    settings.put(MailSettings.PORT, String.valueOf(SMTP.getSmtp().getPort()));
    settings.put(MailSettings.FROM, "中庭 <atrium@example.com>");
    settings.put(MailSettings.USERNAME, "atrium");
    settings.put(MailSettings.PASSWORD, "mail-Secret-1");
    settings.put(MailSettings.CONNECT_TIMEOUT, "5s");
    return settings;
  }

  private static MailSettings.Setup read(Map<String, String> settings) {
    return MailSettings.read(key -> Optional.ofNullable(settings.get(key)));
  }

  private static Delivery delivery(Person to, String link) {
    return new Delivery("42", to, Locale.SIMPLIFIED_CHINESE, "hello.greeting", "王丽 留下了问候：<b>你好</b> & 再见",
        "第一行 <script>alert(1)</script>\n第二行", link);
  }

  @Test
  void sendsAUtf8MessageWithAPlainAndAnEscapedHtmlPart() throws Exception {
    EmailChannel channel = new EmailChannel(read(settings()), "https://oa.example.com");

    channel.deliver(delivery(WANG, "https://oa.example.com/hello/index.xhtml?a=1&b=2"));

    assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
    MimeMessage mail = SMTP.getReceivedMessages()[0];
    assertThat(mail.getSubject()).isEqualTo("王丽 留下了问候：<b>你好</b> & 再见");
    assertThat(mail.getHeader("Subject")[0]).startsWith("=?UTF-8?");
    assertThat(mail.getAllRecipients()[0].toString()).contains("wang@example.com");
    assertThat(mail.getFrom()[0].toString()).contains("atrium@example.com");
    assertThat(mail.getHeader(EmailChannel.DELIVERY_HEADER)).containsExactly("42");
    Multipart parts = (Multipart) mail.getContent();
    assertThat(parts.getContentType()).startsWith("multipart/alternative");
    String plain = (String) parts.getBodyPart(0).getContent();
    String html = (String) parts.getBodyPart(1).getContent();
    assertThat(parts.getBodyPart(0).getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("utf-8");
    assertThat(plain).contains("第一行 <script>alert(1)</script>").contains("第二行")
        .contains("在中庭中打开: https://oa.example.com/hello/index.xhtml?a=1&b=2")
        .contains("https://oa.example.com/me/notifications.xhtml");
    assertThat(parts.getBodyPart(1).getContentType()).containsIgnoringCase("text/html");
    assertThat(html).doesNotContain("<script>").doesNotContain("<b>你好")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;<br>第二行")
        .contains("&lt;b&gt;你好&lt;/b&gt; &amp; 再见")
        .contains("href=\"https://oa.example.com/hello/index.xhtml?a=1&amp;b=2\"");
  }

  @Test
  void aMessageWithoutLinkOrBaseUrlStillTellsWhereToChangeSettings() throws Exception {
    EmailChannel channel = new EmailChannel(read(settings()), null);

    channel.deliver(new Delivery("43", WANG, Locale.ENGLISH, "c", "Title\r\nBcc: evil@example.com", "", null));

    assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
    MimeMessage mail = SMTP.getReceivedMessages()[0];
    assertThat(mail.getSubject()).isEqualTo("Title Bcc: evil@example.com");
    assertThat(mail.getHeader("Bcc")).isNull();
    String plain = (String) ((Multipart) mail.getContent()).getBodyPart(0).getContent();
    assertThat(plain).contains("My notification settings").doesNotContain("Open in Atrium");
  }

  @Test
  void aPersonWithoutAnAddressIsSkippedNotRetried() {
    EmailChannel channel = new EmailChannel(read(settings()), null);
    Person nobody = new Person(8, "li", "李雷", null, null, null, null, null, UserStatus.ACTIVE);

    assertThat(channel.unreachable(nobody)).hasValueSatisfying(m -> assertThat(m.in(Locale.SIMPLIFIED_CHINESE))
        .contains("li").contains("没有电子邮件地址"));
    assertThatThrownBy(() -> channel.deliver(delivery(nobody, null))).isInstanceOf(DeliverySkippedException.class);
    Person broken = new Person(9, "zhao", "赵", "not an address", null, null, null, null, UserStatus.ACTIVE);
    assertThatThrownBy(() -> channel.deliver(delivery(broken, null))).isInstanceOf(DeliverySkippedException.class)
        .hasMessageContaining("not an address");
    assertThat(SMTP.getReceivedMessages()).isEmpty();
  }

  @Test
  void anUnreachableServerIsAnErrorThatIsRetried() throws IOException {
    Map<String, String> settings = settings();
    try (ServerSocket socket = new ServerSocket(0)) {
      settings.put(MailSettings.PORT, String.valueOf(socket.getLocalPort()));
    }
    EmailChannel channel = new EmailChannel(read(settings), null);

    assertThat(channel.unavailable()).isEmpty();
    assertThatThrownBy(() -> channel.deliver(delivery(WANG, null))).isInstanceOf(MessagingException.class);
  }

  @Test
  void withoutAHostTheChannelIsUnavailableAndSaysWhatToSet() {
    EmailChannel channel = new EmailChannel(read(Map.of()), null);

    assertThat(channel.unavailable()).hasValueSatisfying(m -> assertThat(m.toString()).contains(MailSettings.HOST)
        .contains(MailSettings.FROM));
    assertThatThrownBy(() -> channel.deliver(delivery(WANG, null))).isInstanceOf(DeliverySkippedException.class);
  }

  @Test
  void badSettingsMakeTheChannelUnavailableNamingTheSetting() {
    Map<String, String> badPort = settings();
    badPort.put(MailSettings.PORT, "smtp");
    Map<String, String> noFrom = settings();
    noFrom.remove(MailSettings.FROM);
    Map<String, String> both = settings();
    both.put(MailSettings.SSL, "true");
    both.put(MailSettings.STARTTLS, "true");
    Map<String, String> badTimeout = settings();
    badTimeout.put(MailSettings.TIMEOUT, "soon");

    assertThat(read(badPort).problem().toString()).contains("atrium.mail.port = 'smtp'");
    assertThat(read(noFrom).problem().toString()).contains("atrium.mail.from is not set");
    assertThat(read(both).problem().in(Locale.SIMPLIFIED_CHINESE)).contains("电子邮件配置有误").contains("exclude");
    assertThat(read(badTimeout).problem().toString()).contains("atrium.mail.timeout");
  }

  @Test
  void portsFollowTheEncryptionAndThePasswordIsNeverPrinted() {
    Map<String, String> ssl = settings();
    ssl.remove(MailSettings.PORT);
    ssl.put(MailSettings.SSL, "true");
    Map<String, String> startTls = settings();
    startTls.remove(MailSettings.PORT);
    startTls.put(MailSettings.STARTTLS, "TRUE");
    Map<String, String> plain = settings();
    plain.remove(MailSettings.PORT);

    MailSettings smtps = read(ssl).settings();
    assertThat(smtps.port()).isEqualTo(465);
    assertThat(read(startTls).settings().port()).isEqualTo(587);
    assertThat(read(plain).settings().port()).isEqualTo(25);
    assertThat(smtps.toString()).contains("127.0.0.1").doesNotContain("mail-Secret-1");
    assertThat(EmailChannel.properties(read(startTls).settings())).containsEntry("mail.smtp.starttls.required", "true")
        .containsEntry("mail.smtp.auth", "true").containsEntry("mail.smtp.connectiontimeout", "5000");
    assertThat(EmailChannel.properties(smtps)).containsEntry("mail.smtp.ssl.enable", "true");
  }
}
