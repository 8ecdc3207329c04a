package io.atrium.kernel.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalLinksTest {

  @ParameterizedTest
  @ValueSource(strings = {"/", "/hello/index.xhtml", "/todo.xhtml?box=DONE&q=a%20b", "/crm/deal.xhtml#note-3"})
  void pathsOfThisServerAreLocal(String link) {
    assertThat(LocalLinks.isLocal(link)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"//evil.example/x", "/\\evil.example", "/a\\b", "https://evil.example", "javascript:x",
      "/a b", "/a\nb", "relative/path"})
  void everythingElseIsNot(String link) {
    assertThat(LocalLinks.isLocal(link)).isFalse();
    assertThat(LocalLinks.orNull(link)).isNull();
  }
}
