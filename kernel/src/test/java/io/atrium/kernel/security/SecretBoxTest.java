package io.atrium.kernel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretBoxTest {

  @TempDir
  Path data;

  @Test
  void sealsAndOpensASecret() {
    SecretBox box = SecretBox.forDataDir(data);

    String sealed = box.seal("directory:ldap", "s3cret-密码");

    assertThat(sealed).startsWith("v1:").doesNotContain("s3cret");
    assertThat(box.open("directory:ldap", sealed)).isEqualTo("s3cret-密码");
    assertThat(box.seal("directory:ldap", "s3cret-密码")).as("a fresh nonce each time").isNotEqualTo(sealed);
  }

  @Test
  void theKeyFileIsCreatedOnceOwnerOnlyAndReused() throws Exception {
    SecretBox first = SecretBox.forDataDir(data);
    Path key = data.resolve("keys/secret.key");
    byte[] bytes = Files.readAllBytes(key);
    String sealed = first.seal("p", "value");

    SecretBox second = SecretBox.forDataDir(data);

    assertThat(bytes).hasSize(32);
    assertThat(Files.readAllBytes(key)).isEqualTo(bytes);
    assertThat(second.open("p", sealed)).isEqualTo("value");
    if (data.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key.getParent()))).isEqualTo("rwx------");
    }
    try (var files = Files.list(key.getParent())) {
      assertThat(files).as("no temporary file left").containsExactly(key);
    }
  }

  @Test
  void aChangedCiphertextIsRefused() {
    SecretBox box = SecretBox.forDataDir(data);
    byte[] raw = Base64.getDecoder().decode(box.seal("p", "value").substring(3));
    raw[raw.length / 2] ^= 1;
    String tampered = "v1:" + Base64.getEncoder().encodeToString(raw);

    assertThatThrownBy(() -> box.open("p", tampered)).isInstanceOf(SecretBox.SecretUnreadableException.class)
        .hasMessageContaining("cannot be decrypted");
  }

  @Test
  void anotherKeyOrPurposeCannotOpenIt() {
    SecretBox box = SecretBox.forDataDir(data);
    String sealed = box.seal("directory:ldap", "value");
    SecretBox other = SecretBox.withKey(new byte[32]);

    assertThatThrownBy(() -> other.open("directory:ldap", sealed))
        .isInstanceOf(SecretBox.SecretUnreadableException.class).hasMessageNotContaining("value");
    assertThatThrownBy(() -> box.open("connector:x", sealed)).isInstanceOf(SecretBox.SecretUnreadableException.class);
  }

  @Test
  void unknownFormatsAndDamagedKeysAreReportedClearly() throws Exception {
    SecretBox box = SecretBox.forDataDir(data);

    assertThatThrownBy(() -> box.open("p", "plain text")).hasMessageContaining("v1:");
    assertThatThrownBy(() -> box.open("p", "v1:%%%")).hasMessageContaining("base64");
    assertThatThrownBy(() -> box.open("p", "v1:AAAA")).hasMessageContaining("too short");

    Files.write(data.resolve("keys/secret.key"), new byte[5]);
    assertThatThrownBy(() -> SecretBox.forDataDir(data)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("restore it from the backup");
  }
}
