package io.atrium.kernel.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.kernel.persistence.Jdbc;
import io.atrium.sdk.blob.BlobPolicy;
import io.atrium.sdk.blob.BlobRefusedException;
import io.atrium.sdk.blob.BlobStore;
import io.atrium.sdk.blob.StoredBlob;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginBlobStoreTest {

  @TempDir
  Path data;

  private LocalTransaction transaction;
  private BlobStores stores;
  private BlobStore hr;
  private final AtomicReference<Locale> locale = new AtomicReference<>(Locale.ENGLISH);
  private final Clock clock = Clock.fixed(Instant.parse("2026-01-05T01:02:03.456789123Z"), ZoneOffset.UTC);

  @BeforeEach
  void start() throws Exception {
    transaction = new LocalTransaction();
    BlobFiles files = new BlobFiles(data.resolve("blobs"));
    stores = new BlobStores(files, new JdbcBlobIndex(new Jdbc(transaction.dataSource())), transaction, clock,
        locale::get);
    hr = stores.storeFor("hr");
  }

  @AfterEach
  void stop() throws Exception {
    transaction.close();
  }

  private static InputStream in(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  private Path blobs() {
    return data.resolve("blobs");
  }

  /** Every file under the blob folder except the uploads folder itself. */
  private List<Path> filesOnDisk() throws IOException {
    if (!Files.exists(blobs())) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(blobs())) {
      return walk.filter(Files::isRegularFile).toList();
    }
  }

  @Test
  void aStoredFileCanBeFoundAndReadBack() throws Exception {
    byte[] png = Samples.png();
    StoredBlob blob = hr.store("C:\\fakepath\\头像.png", in(png), BlobPolicy.IMAGES);

    assertThat(blob.id()).matches("[A-Za-z0-9_-]{32}");
    assertThat(blob.filename()).isEqualTo("头像.png");
    assertThat(blob.mediaType()).isEqualTo("image/png");
    assertThat(blob.size()).isEqualTo(png.length);
    assertThat(blob.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png)));
    assertThat(blob.storedAt()).isEqualTo(Instant.parse("2026-01-05T01:02:03.456789Z"));
    assertThat(hr.find(blob.id())).contains(blob);
    try (InputStream content = hr.open(blob.id())) {
      assertThat(content.readAllBytes()).isEqualTo(png);
    }
    assertThat(filesOnDisk()).containsExactly(blobs().resolve("hr").resolve(blob.id().substring(0, 2))
        .resolve(blob.id()));
  }

  @Test
  void idsAreRandomAndNeverPaths() {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 20; i++) {
      ids.add(hr.store("a.txt", in(Samples.text("x" + i)), BlobPolicy.anyType(100)).id());
    }
    assertThat(ids).hasSize(20);
    for (String forged : List.of("../../../etc/passwd", "..", "hr/../x", "", "AAAA")) {
      assertThat(hr.find(forged)).isEmpty();
      assertThatThrownBy(() -> hr.open(forged)).isInstanceOf(NoSuchElementException.class);
      hr.delete(forged);
    }
    assertThat(hr.find(null)).isEmpty();
  }

  @Test
  void aPluginSeesOnlyItsOwnBlobs() throws Exception {
    StoredBlob mine = hr.store("a.txt", in(Samples.text("hr only")), BlobPolicy.anyType(100));
    BlobStore crm = stores.storeFor("crm");

    assertThat(crm.find(mine.id())).isEmpty();
    assertThatThrownBy(() -> crm.open(mine.id())).isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining(mine.id());
    crm.delete(mine.id());
    assertThat(hr.find(mine.id())).isPresent();
    try (InputStream content = hr.open(mine.id())) {
      assertThat(content.readAllBytes()).isEqualTo(Samples.text("hr only"));
    }
  }

  /** An endless upload that counts what was read of it. */
  private static final class Endless extends InputStream {
    long delivered;

    @Override
    public int read() {
      delivered++;
      return 'a';
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      java.util.Arrays.fill(buffer, offset, offset + length, (byte) 'a');
      delivered += length;
      return length;
    }
  }

  @Test
  void aTooLargeUploadIsRefusedWhileItStreamsWithoutReadingItAll() throws Exception {
    Endless upload = new Endless();

    assertThatThrownBy(() -> hr.store("huge.txt", upload, BlobPolicy.anyType(200_000)))
        .isInstanceOfSatisfying(BlobRefusedException.class, e -> {
          assertThat(e.reason()).isEqualTo(BlobRefusedException.Reason.TOO_LARGE);
          assertThat(e.getMessage()).isEqualTo("The file \"huge.txt\" is larger than the 195.3 KB allowed here.");
        });
    assertThat(upload.delivered).isEqualTo(200_001);
    assertThat(filesOnDisk()).isEmpty();

    byte[] exactly = new byte[1000];
    assertThat(hr.store("limit.bin", in(exactly), BlobPolicy.anyType(1000)).size()).isEqualTo(1000);
  }

  @Test
  void refusalsSpeakTheCallersLanguage() {
    locale.set(Locale.SIMPLIFIED_CHINESE);

    assertThatThrownBy(() -> hr.store("合同.pdf", in(Samples.pdf()), BlobPolicy.IMAGES))
        .isInstanceOfSatisfying(BlobRefusedException.class, e -> {
          assertThat(e.reason()).isEqualTo(BlobRefusedException.Reason.TYPE_NOT_ALLOWED);
          assertThat(e.getMessage()).isEqualTo("文件“合同.pdf”的类型为 application/pdf，此处不接受。"
              + "可接受的类型：image/gif, image/jpeg, image/png, image/webp。");
        });
    assertThatThrownBy(() -> hr.store("big.png", in(Samples.png()), new BlobPolicy(10, Set.of())))
        .hasMessage("文件“big.png”超过了此处允许的大小 10 B。");
    locale.set(Locale.ENGLISH);
    assertThatThrownBy(() -> hr.store("invoice.pdf", in(Samples.exe()), BlobPolicy.anyType(10_000)))
        .isInstanceOfSatisfying(BlobRefusedException.class, e -> {
          assertThat(e.reason()).isEqualTo(BlobRefusedException.Reason.CONTENT_MISMATCH);
          assertThat(e.getMessage()).isEqualTo("The content of \"invoice.pdf\" is application/x-msdownload, not what "
              + "its extension .pdf says (application/pdf). Rename the file or choose the right one.");
        });
  }

  @Test
  void aMismatchIsRefusedEvenWhenThePolicyWouldTakeTheContent() throws Exception {
    assertThatThrownBy(() -> hr.store("scan.pdf", in(Samples.png()), BlobPolicy.IMAGES))
        .isInstanceOfSatisfying(BlobRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(BlobRefusedException.Reason.CONTENT_MISMATCH));
    assertThatThrownBy(() -> hr.store("photo.png", in(Samples.text("not an image")), BlobPolicy.IMAGES))
        .isInstanceOfSatisfying(BlobRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(BlobRefusedException.Reason.CONTENT_MISMATCH));
    assertThat(hr.store("导出.csv", in(Samples.text("a,b\n1,2\n")), new BlobPolicy(1000, Set.of("text/csv")))
        .mediaType()).isEqualTo("text/csv");
    assertThat(filesOnDisk()).hasSize(1);
  }

  @Test
  void aBlobStoredInATransactionThatRollsBackIsGone() throws Exception {
    transaction.begin();
    StoredBlob blob = hr.store("a.png", in(Samples.png()), BlobPolicy.IMAGES);
    assertThat(hr.find(blob.id())).as("visible inside its transaction").isPresent();
    assertThat(filesOnDisk()).hasSize(1);
    transaction.rollback();

    assertThat(hr.find(blob.id())).isEmpty();
    assertThat(filesOnDisk()).isEmpty();

    transaction.begin();
    StoredBlob kept = hr.store("b.png", in(Samples.png()), BlobPolicy.IMAGES);
    transaction.commit();
    assertThat(hr.find(kept.id())).isPresent();
    assertThat(filesOnDisk()).hasSize(1);
  }

  @Test
  void aDeleteInATransactionTakesEffectWhenItCommits() throws Exception {
    StoredBlob blob = hr.store("a.png", in(Samples.png()), BlobPolicy.IMAGES);

    transaction.begin();
    hr.delete(blob.id());
    assertThat(hr.find(blob.id())).as("gone for the deleting transaction").isEmpty();
    assertThat(filesOnDisk()).as("the content stays until the outcome is known").hasSize(1);
    transaction.rollback();
    assertThat(hr.find(blob.id())).isPresent();
    try (InputStream content = hr.open(blob.id())) {
      assertThat(content.readAllBytes()).isEqualTo(Samples.png());
    }

    transaction.begin();
    hr.delete(blob.id());
    assertThat(filesOnDisk()).hasSize(1);
    transaction.commit();
    assertThat(hr.find(blob.id())).isEmpty();
    assertThat(filesOnDisk()).isEmpty();
    hr.delete(blob.id());
  }

  @Test
  void uploadsLeftOverByAStoppedServerAreRemovedAtBoot() throws Exception {
    Path incoming = Files.createDirectories(blobs().resolve(".incoming"));
    Files.write(incoming.resolve("upload-1.part"), new byte[10]);

    BlobStores.forKernel(data, new Jdbc(transaction.dataSource()), clock, locale::get);

    assertThat(filesOnDisk()).isEmpty();
  }
}
