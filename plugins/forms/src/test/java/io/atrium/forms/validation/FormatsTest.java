package io.atrium.forms.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class FormatsTest {

  @Test
  void everyIdTheBlobStoreDrawsIsABlobId() {
    // the kernel's ids: 24 random bytes in URL-safe Base64; one in 32 starts with - or _
    SecureRandom random = new SecureRandom();
    for (int i = 0; i < 2_000; i++) {
      byte[] bytes = new byte[24];
      random.nextBytes(bytes);
      String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      assertThat(Formats.blobId(id)).as(id).isTrue();
    }
    assertThat(Formats.blobId("-abc_DEF")).isTrue();
    assertThat(Formats.blobId("_abc")).isTrue();
  }

  @Test
  void pathsAndOtherTextAreNoBlobIds() {
    assertThat(Formats.blobId("")).isFalse();
    assertThat(Formats.blobId("../etc/passwd")).isFalse();
    assertThat(Formats.blobId("a/b")).isFalse();
    assertThat(Formats.blobId(".hidden")).isFalse();
    assertThat(Formats.blobId("a b")).isFalse();
    assertThat(Formats.blobId("x".repeat(129))).isFalse();
  }
}
