package io.atrium.kernel.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

class ApiAuthenticationFilterTest {

  /** A request with only a context path and a URI; everything else answers null. */
  private static HttpServletRequest request(String context, String uri) {
    return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
        new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
          case "getContextPath" -> context;
          case "getRequestURI" -> uri;
          default -> null;
        });
  }

  @Test
  void thePathUnderApiIsWhatThePublicMatchSees() {
    assertThat(ApiAuthenticationFilter.apiPath(request("", "/api/v1/forms-intake/k3x9"))).isEqualTo(
        "/v1/forms-intake/k3x9");
    assertThat(ApiAuthenticationFilter.apiPath(request("/oa", "/oa/api/v1/forms-intake/k3x9"))).isEqualTo(
        "/v1/forms-intake/k3x9");
  }

  @Test
  void encodedOrParameterisedPathsAndOtherPathsAreNeverPublic() {
    assertThat(ApiAuthenticationFilter.apiPath(request("", "/api/v1/forms-intake/k3x9;jsessionid=1"))).isNull();
    assertThat(ApiAuthenticationFilter.apiPath(request("", "/api/v1/forms-intake/%6b3x9"))).isNull();
    assertThat(ApiAuthenticationFilter.apiPath(request("", "/openapi"))).isNull();
  }
}
