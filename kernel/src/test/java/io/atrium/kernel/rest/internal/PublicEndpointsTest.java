package io.atrium.kernel.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PublicEndpointsTest {

  @Test
  void aTemplateParameterMatchesExactlyOneSegment() {
    Pattern pattern = PublicEndpoints.pattern("/v1/forms-intake/{slug}");

    assertThat(pattern.matcher("/v1/forms-intake/k3x9").matches()).isTrue();
    assertThat(pattern.matcher("/v1/forms-intake/k3x9/more").matches()).isFalse();
    assertThat(pattern.matcher("/v1/forms-intake/").matches()).isFalse();
    assertThat(pattern.matcher("/v1/forms/k3x9").matches()).isFalse();
  }

  @Test
  void literalPartsAreNotRegularExpressions() {
    Pattern pattern = PublicEndpoints.pattern("/v1/a.b/{id: \\d+}/x");

    assertThat(pattern.matcher("/v1/a.b/7/x").matches()).isTrue();
    assertThat(pattern.matcher("/v1/aXb/7/x").matches()).isFalse();
  }
}
