package io.atrium.kernel.blob;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentTypesTest {

  @TempDir
  Path folder;

  private final ContentTypes types = new ContentTypes();

  private ContentTypes.Verdict judge(byte[] content, String filename) throws IOException {
    Path file = Files.write(Files.createTempFile(folder, "sample", ".bin"), content);
    return types.judge(file, filename);
  }

  @Test
  void theContentDecidesAndAMatchingNameAgrees() throws IOException {
    assertThat(judge(Samples.png(), "photo.png")).satisfies(v -> {
      assertThat(v.mediaType()).isEqualTo("image/png");
      assertThat(v.mismatch()).isFalse();
    });
    assertThat(judge(Samples.jpeg(), "photo.JPG").mediaType()).isEqualTo("image/jpeg");
    assertThat(judge(Samples.pdf(), "合同.pdf").mediaType()).isEqualTo("application/pdf");
    assertThat(judge(Samples.png(), "no-extension").mediaType()).isEqualTo("image/png");
    assertThat(judge(Samples.png(), "name.unknownext").mediaType()).isEqualTo("image/png");
  }

  @Test
  void nearMatchesPassAndTakeTheMoreSpecificType() throws IOException {
    assertThat(judge(Samples.text("name,amount\nalice,10\n"), "report.csv")).satisfies(v -> {
      assertThat(v.mediaType()).isEqualTo("text/csv");
      assertThat(v.byContent()).isEqualTo("text/plain");
      assertThat(v.mismatch()).isFalse();
    });
    assertThat(judge(Samples.text("{\"a\": 1}"), "data.json").mediaType()).isEqualTo("application/json");
    assertThat(judge(Samples.text("just words"), "notes.md").mediaType()).isEqualTo("text/markdown");
    assertThat(judge(Samples.docx(), "offer.docx").mediaType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    // Excel on Chinese Windows saves CSV in GBK, which Tika cannot tell from binary data
    assertThat(judge(Samples.text("姓名,金额\n张三,100\n", "GBK"), "导出.csv")).satisfies(v -> {
      assertThat(v.mediaType()).isEqualTo("text/csv");
      assertThat(v.mismatch()).isFalse();
    });
    // markup named as text is what the content says it is, so a policy sees text/html
    assertThat(judge(Samples.text("<!DOCTYPE html><html><body>hi</body></html>"), "readme.txt")).satisfies(v -> {
      assertThat(v.mediaType()).isEqualTo("text/html");
      assertThat(v.mismatch()).isFalse();
    });
  }

  @Test
  void contentThatClearlyDiffersFromTheNameIsAMismatch() throws IOException {
    assertThat(judge(Samples.png(), "invoice.pdf").mismatch()).isTrue();
    assertThat(judge(Samples.exe(), "invoice.pdf")).satisfies(v -> {
      assertThat(v.mismatch()).isTrue();
      assertThat(v.byContent()).isEqualTo("application/x-msdownload");
      assertThat(v.byName()).isEqualTo("application/pdf");
    });
    assertThat(judge(Samples.exe(), "photo.png").mismatch()).isTrue();
    assertThat(judge(Samples.jpeg(), "photo.png").mismatch()).isTrue();
    assertThat(judge(Samples.text("hello"), "photo.png").mismatch()).isTrue();
    assertThat(judge(Samples.binary(), "photo.png").mismatch()).isTrue();
    assertThat(judge(Samples.binary(), "table.csv").mismatch()).isTrue();
    assertThat(judge(Samples.pdf(), "table.csv").mismatch()).isTrue();
  }

  @Test
  void whatNeitherNameNorContentTellsIsAnOctetStream() throws IOException {
    assertThat(judge(Samples.binary(), "data.bin")).satisfies(v -> {
      assertThat(v.mediaType()).isEqualTo("application/octet-stream");
      assertThat(v.mismatch()).isFalse();
    });
    assertThat(judge(new byte[0], "empty.txt").mismatch()).isFalse();
    assertThat(judge(Samples.exe(), "setup.exe").mediaType()).isEqualTo("application/x-dosexec");
  }
}
