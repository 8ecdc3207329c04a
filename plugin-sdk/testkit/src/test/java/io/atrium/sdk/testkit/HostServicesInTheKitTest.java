package io.atrium.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.sdk.blob.BlobPolicy;
import io.atrium.sdk.blob.BlobRefusedException;
import io.atrium.sdk.blob.BlobStore;
import io.atrium.sdk.blob.StoredBlob;
import io.atrium.sdk.expression.Expressions;
import io.atrium.sdk.expression.InvalidExpressionException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Expressions and the blob store reach components as on the server. */
class HostServicesInTheKitTest {

  /** A component that keeps attachments when a rule holds. */
  static final class Attachments {
    final Expressions expressions;
    final BlobStore blobs;

    Attachments(Expressions expressions, BlobStore blobs) {
      this.expressions = expressions;
      this.blobs = blobs;
    }
  }

  /** A component that prints. */
  static final class Printer {
    final io.atrium.sdk.pdf.PdfRenderer pdf;

    Printer(io.atrium.sdk.pdf.PdfRenderer pdf) {
      this.pdf = pdf;
    }
  }

  private PluginTestKit kit;

  @BeforeEach
  void start() {
    kit = PluginTestKit.forPlugin("kit-test").migrations("db/kit-test").start();
  }

  @AfterEach
  void stop() {
    kit.close();
  }

  @Test
  void thePluginFolderIsAPrivateTemporaryFolderGoneAfterTheKit() throws Exception {
    Path folder = kit.folder().path();
    Files.writeString(folder.resolve("index.bin"), "x");
    PluginTestKit other = PluginTestKit.forPlugin("kit-test").migrations("db/kit-test").start();
    try {
      assertThat(other.folder().path()).isNotEqualTo(folder);
    } finally {
      other.close();
    }

    kit.close();

    assertThat(folder).doesNotExist();
    kit = PluginTestKit.forPlugin("kit-test").migrations("db/kit-test").start();
  }

  private static InputStream text(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void componentsRenderPdfsWithChineseText() throws java.io.IOException {
    Printer printer = kit.create(Printer.class);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

    printer.pdf.render("<html><body><p>审批单 Approval</p></body></html>", out);

    assertThat(printer.pdf).isSameAs(kit.pdf());
    try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(out.toByteArray())) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("审批单 Approval");
    }
  }

  @Test
  void componentsGetBothServices() {
    Attachments component = kit.create(Attachments.class);

    assertThat(component.expressions).isSameAs(kit.expressions());
    assertThat(component.blobs).isSameAs(kit.blobs());
  }

  @Test
  void expressionsAreTheServersAndTodayFollowsTheTestClock() {
    // the kit starts at 2026-01-05T01:00Z, 09:00 in Shanghai
    assertThat(kit.expressions().compile("today()", LocalDate.class).evaluate(Map.of()))
        .isEqualTo(LocalDate.of(2026, 1, 5));
    kit.clock().advance(Duration.ofDays(2));
    assertThat(kit.expressions().compile("dueDate < today()", Boolean.class)
        .evaluate(Map.of("dueDate", LocalDate.of(2026, 1, 6)))).isTrue();
    assertThatThrownBy(() -> kit.expressions().compile("amount = 1", Object.class))
        .isInstanceOf(InvalidExpressionException.class);
  }

  @Test
  void blobsAreCheckedAndKeptAsOnTheServer() throws Exception {
    StoredBlob blob = kit.blobs().store("名单.csv", text("name,amount\nli,3\n"), BlobPolicy.anyType(1000));

    assertThat(blob.mediaType()).isEqualTo("text/csv");
    try (InputStream content = kit.blobs().open(blob.id())) {
      assertThat(new String(content.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("name,amount\nli,3\n");
    }
    assertThat(kit.blobs().stored()).containsExactly(blob);
    kit.user().locale(Locale.SIMPLIFIED_CHINESE);
    assertThatThrownBy(() -> kit.blobs().store("a.txt", text("x".repeat(11)), BlobPolicy.anyType(10)))
        .isInstanceOfSatisfying(BlobRefusedException.class, e -> {
          assertThat(e.reason()).isEqualTo(BlobRefusedException.Reason.TOO_LARGE);
          assertThat(e.getMessage()).contains("超过了");
        });
    assertThatThrownBy(() -> kit.blobs().store("a.png", text("not an image"), BlobPolicy.IMAGES))
        .isInstanceOfSatisfying(BlobRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(BlobRefusedException.Reason.CONTENT_MISMATCH));
  }

  @Test
  void blobsFollowTheTransaction() {
    assertThatThrownBy(() -> kit.transactions().required(() -> {
      kit.blobs().store("a.txt", text("gone"), BlobPolicy.anyType(100));
      throw new IllegalStateException("the work failed");
    })).hasMessage("the work failed");
    assertThat(kit.blobs().stored()).isEmpty();
    assertThat(kit.blobs().filesOnDisk()).isZero();

    StoredBlob kept = kit.transactions().required(() -> kit.blobs().store("a.txt", text("kept"),
        BlobPolicy.anyType(100)));
    kit.transactions().required(() -> {
      kit.blobs().delete(kept.id());
      kit.transactions().setRollbackOnly();
      return null;
    });
    assertThat(kit.blobs().stored()).containsExactly(kept);
    assertThat(kit.blobs().filesOnDisk()).isEqualTo(1);

    kit.transactions().required(() -> {
      kit.blobs().delete(kept.id());
      return null;
    });
    assertThat(kit.blobs().stored()).isEqualTo(List.of());
    assertThat(kit.blobs().filesOnDisk()).isZero();
  }
}
