package io.atrium.kernel.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.testing.AtriumClient;
import io.atrium.testing.ServerTest;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Authentication of the REST API and the few things anonymous callers may reach. */
public abstract class RestApiTests extends ServerTest {

  @Test
  void withoutCredentialsTheApiAnswers401WithAProblem() {
    HttpResponse<String> response = client.send(client.request("/api/v1/plugins").GET());

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
        value -> assertThat(value).contains("Bearer").contains("Basic"));
    assertThat(response.body()).contains("\"status\":401");
  }

  @Test
  void aWrongPasswordIsRefused() {
    HttpResponse<String> response = client.send(client.request("/api/v1/me")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:wrong".getBytes())).GET());

    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void healthAndTheLoginPageAreOpenEverythingElseNeedsASignIn() {
    assertThat(client.send(client.request("/health/ready").GET()).statusCode()).isEqualTo(200);
    assertThat(client.send(client.request("/health/live").GET()).statusCode()).isEqualTo(200);
    assertThat(client.send(client.request("/login.xhtml").GET()).statusCode()).isEqualTo(200);
    HttpResponse<String> home = client.send(client.request("/").GET());
    assertThat(home.statusCode()).isEqualTo(302);
    assertThat(client.send(client.request("/openapi").GET()).statusCode()).isEqualTo(401);
  }

  @Test
  void theOpenApiDocumentDescribesTheRestApi() {
    HttpResponse<String> openapi = client.get("/openapi");

    assertThat(openapi.statusCode()).isEqualTo(200);
    assertThat(openapi.body()).contains("/api/v1/plugins").contains("/api/v1/plugins/{id}/enable")
        .contains("/api/v1/tokens").contains("Atrium REST API");
  }

  @Test
  void anApiTokenAuthenticatesUntilItIsRevoked() {
    HttpResponse<String> created = client.postJson("/api/v1/tokens", "{\"name\":\"ci script\",\"expiresInDays\":7}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject token = AtriumClient.json(created).asJsonObject();
    String secret = token.getString("token");
    assertThat(secret).startsWith("atr_");

    HttpResponse<String> me = client.send(client.request("/api/v1/me").header("Authorization", "Bearer " + secret)
        .GET());
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(AtriumClient.json(me).asJsonObject().getString("username")).isEqualTo("admin");
    assertThat(client.get("/api/v1/tokens").body()).contains("ci script").doesNotContain(secret);

    assertThat(client.delete("/api/v1/tokens/" + token.getString("id")).statusCode()).isEqualTo(204);
    assertThat(client.send(client.request("/api/v1/me").header("Authorization", "Bearer " + secret).GET())
        .statusCode()).isEqualTo(401);
  }

  @Test
  void theCallerChangesTheirPasswordKnowingTheCurrentOne() {
    String original = adminPassword();
    HttpResponse<String> wrong = client.postJson("/api/v1/me/password",
        "{\"currentPassword\":\"nope\",\"newPassword\":\"Another-Secret-42\"}");
    assertThat(wrong.statusCode()).isEqualTo(422);
    assertThat(wrong.body()).contains("currentPassword").contains("The current password is wrong");
    HttpResponse<String> weak = client.postJson("/api/v1/me/password",
        "{\"currentPassword\":\"" + original + "\",\"newPassword\":\"short\"}");
    assertThat(weak.statusCode()).isEqualTo(422);
    assertThat(weak.body()).contains("newPassword").contains("at least 10 characters");

    HttpResponse<String> changed = client.postJson("/api/v1/me/password",
        "{\"currentPassword\":\"" + original + "\",\"newPassword\":\"Another-Secret-42\"}");
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
    AtriumClient withNewPassword = new AtriumClient(client.base(), "Another-Secret-42");
    assertThat(withNewPassword.get("/api/v1/me").statusCode()).isEqualTo(200);
    assertThat(client.get("/api/v1/me").statusCode()).isEqualTo(401);

    HttpResponse<String> back = withNewPassword.postJson("/api/v1/me/password",
        "{\"currentPassword\":\"Another-Secret-42\",\"newPassword\":\"" + original + "\"}");
    assertThat(back.statusCode()).isEqualTo(204);
  }

  @Test
  void systemInformationNeedsItsPermissionAndTellsTheDatabase() {
    JsonObject info = AtriumClient.json(client.get("/api/v1/system")).asJsonObject();

    assertThat(info.getString("sdkVersion")).isEqualTo("1.0.0");
    assertThat(info.getString("database")).isEqualToIgnoringCase(database().equals("h2") ? "H2" : "POSTGRESQL");
    assertThat(info.getBoolean("safeMode")).isFalse();
  }

  @Test
  void responsesCarryTheSecurityHeaders() {
    HttpResponse<String> login = client.send(client.request("/login.xhtml").GET());

    assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
        csp -> assertThat(csp).contains("frame-ancestors 'self'").contains("object-src 'none'"));
    assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(login.headers().firstValue("Referrer-Policy")).isPresent();
  }
}
