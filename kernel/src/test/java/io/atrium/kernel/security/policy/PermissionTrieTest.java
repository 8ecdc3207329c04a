package io.atrium.kernel.security.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PermissionTrieTest {

  @ParameterizedTest(name = "{0} grants {1}: {2}")
  @CsvSource({
      "*, forms:leads:view, true",
      "forms, forms:leads:view, true",
      "forms:*, forms:leads:view, true",
      "forms:leads, forms:leads:view, true",
      "forms:leads:view, forms:leads:view, true",
      "forms:leads:view, forms:leads:edit, false",
      "forms:leads:view, forms:leads, false",
      "forms:leads:*, forms:leads, true",
      "forms:*:view, forms:leads:view, true",
      "forms:*:view, forms:leads:edit, false",
      "'forms:leads,orders:view', forms:orders:view, true",
      "'forms:leads,orders:view', forms:tasks:view, false",
      "'forms:leads:view,edit', forms:leads:edit, true",
      "forms:leads:view, FORMS:Leads:VIEW, true",
      "hello, helloworld:x, false",
      "atrium:users:manage, atrium:users, false",
  })
  void followsShirosWildcardRules(String granted, String checked, boolean implied) {
    PermissionTrie trie = new PermissionTrie();
    trie.grant(granted);

    assertThat(trie.implies(checked)).isEqualTo(implied);
  }

  @ParameterizedTest(name = "[{index}] blank")
  @CsvSource({"''", "' '"})
  void blankPermissionsAreNeverImplied(String checked) {
    PermissionTrie trie = new PermissionTrie();
    trie.grant("*");

    assertThat(trie.implies(checked)).isFalse();
  }
}
