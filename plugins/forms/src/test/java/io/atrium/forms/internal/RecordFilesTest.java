package io.atrium.forms.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.forms.RecordFile;
import io.atrium.forms.RecordFiles;
import io.atrium.sdk.blob.BlobPolicy;
import io.atrium.sdk.blob.StoredBlob;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.record.RecordNotFoundException;
import io.atrium.sdk.security.AccessDeniedException;
import io.atrium.sdk.security.FieldAccess;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A record's files open only through that record, for someone who may read the field. */
class RecordFilesTest {

  /** The smallest valid PNG: one transparent pixel. */
  private static final byte[] PNG = java.util.Base64.getDecoder().decode(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

  private final RecordsFixture fixture = new RecordsFixture();
  private final RecordFiles files = fixture.kit.create(DefaultRecordFiles.class);

  @AfterEach
  void close() {
    fixture.close();
  }

  private StoredBlob store(String name, byte[] content, BlobPolicy policy) {
    return fixture.kit.transactions().required(() -> fixture.kit.blobs().store(name, new ByteArrayInputStream(content),
        policy));
  }

  @Test
  void aFileOfTheRecordOpensAndAForeignBlobDoesNot() throws Exception {
    StoredBlob receipt = store("发票 2026.txt", "taxi 12.50".getBytes(StandardCharsets.UTF_8),
        BlobPolicy.anyType(1 << 20));
    StoredBlob photo = store("photo.png", PNG, BlobPolicy.IMAGES);
    StoredBlob foreign = store("other.txt", "not yours".getBytes(StandardCharsets.UTF_8), BlobPolicy.anyType(1 << 20));
    RecordData record = fixture.records.create(RecordsFixture.KEY, Map.of("title", "Taxi",
        "receipt", List.of(receipt.id()), "photo", List.of(photo.id())), true);
    RecordData other = fixture.records.create(RecordsFixture.KEY, Map.of("title", "Other",
        "receipt", List.of(foreign.id())), true);

    RecordFile file = files.find(RecordsFixture.KEY, record.id(), receipt.id()).orElseThrow();
    try (InputStream in = file.content().get()) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("taxi 12.50");
    }
    assertThat(file.field()).isEqualTo("receipt");
    assertThat(file.inlineAllowed()).isFalse();
    assertThat(file.contentDisposition(true)).isEqualTo(
        "attachment; filename=\"__ 2026.txt\"; filename*=UTF-8''%E5%8F%91%E7%A5%A8%202026.txt");
    RecordFile image = files.find(RecordsFixture.KEY, record.id(), photo.id()).orElseThrow();
    assertThat(image.contentType()).isEqualTo("image/png");
    assertThat(image.contentDisposition(true)).startsWith("inline; ");
    assertThat(image.contentDisposition(false)).startsWith("attachment; ");

    assertThat(files.find(RecordsFixture.KEY, record.id(), foreign.id())).isEmpty();
    assertThat(files.find(RecordsFixture.KEY, other.id(), foreign.id())).isPresent();
    assertThat(files.find(RecordsFixture.KEY, record.id(), "no-such-blob")).isEmpty();
  }

  @Test
  void aHiddenFieldsFilesAndRecordsOutsideTheScopeStayClosed() {
    StoredBlob receipt = store("r.txt", "x".getBytes(StandardCharsets.UTF_8), BlobPolicy.anyType(1 << 20));
    RecordData record = fixture.records.create(RecordsFixture.KEY, Map.of("title", "Taxi",
        "receipt", List.of(receipt.id())), true);

    long viewer = fixture.signIn("viewer", "forms:use", "forms:claims:view");
    fixture.kit.access().field("forms:claims", "receipt", FieldAccess.HIDDEN);
    assertThat(files.find(RecordsFixture.KEY, record.id(), receipt.id())).isEmpty();

    fixture.kit.access().field("forms:claims", "receipt", FieldAccess.READ);
    fixture.kit.access().rows("forms:claims", "view", Set.of(viewer), Set.of());
    assertThatThrownBy(() -> files.find(RecordsFixture.KEY, record.id(), receipt.id()))
        .isInstanceOf(RecordNotFoundException.class);

    fixture.signIn("stranger", "forms:use");
    assertThatThrownBy(() -> files.find(RecordsFixture.KEY, record.id(), receipt.id()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void fileNamesAreEncodedAsRfc5987() {
    StoredBlob blob = new StoredBlob("b", "a\"b\\c 报告.pdf", "application/pdf", 1, "x", Instant.EPOCH);
    assertThat(new RecordFile(blob, "receipt", () -> null).contentDisposition(false))
        .isEqualTo("attachment; filename=\"a_b_c __.pdf\"; filename*=UTF-8''a%22b%5Cc%20%E6%8A%A5%E5%91%8A.pdf");
  }
}
