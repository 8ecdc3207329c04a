package io.atrium.kernel.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.sdk.pdf.InvalidDocumentException;
import io.atrium.sdk.pdf.PdfRenderingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.FutureTask;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlPdfRendererTest {

  private static final PdfFonts FONTS = PdfFonts.find(Optional.empty(), PdfFonts.SYSTEM_FOLDERS);

  private static final String PAGE = """
      <!DOCTYPE html>
      <html xmlns="http://www.w3.org/1999/xhtml"><head><style>
        @page { size: A4; margin: 15mm }
        body { font-family: Helvetica, sans-serif; font-size: 11pt }
        table { border-collapse: collapse } td, th { border: 1px solid #333; padding: 2mm }
      </style></head><body>
        <h1>费用报销 Expense claim</h1>
        <table><tr><th>项目</th><th>金额</th></tr>
          <tr><td>高铁票</td><td>553.50</td></tr><tr><td>Hotel &amp; meals</td><td>1200.00</td></tr></table>
        <p>审批意见：同意&#160;OK</p>
      </body></html>
      """;

  @Test
  void rendersChineseTextAndTablesThatPdfBoxReadsBack() throws IOException {
    assertThat(FONTS.chinese()).as("this machine has fonts-wqy-microhei (see .ci/run)").isPresent();
    HtmlPdfRenderer renderer = new HtmlPdfRenderer(FONTS);

    String text = textOf(render(renderer, PAGE));

    assertThat(renderer.hasChineseFont()).isTrue();
    assertThat(text).contains("费用报销", "Expense claim", "项目", "金额", "高铁票", "553.50", "Hotel & meals",
        "1200.00", "审批意见");
  }

  @Test
  void rendersWithoutAnyFontFoundAndSaysSo(@TempDir Path empty) throws IOException {
    HtmlPdfRenderer renderer = new HtmlPdfRenderer(PdfFonts.find(Optional.of(empty), List.of()));

    byte[] pdf = render(renderer, "<html><body><p>Only Latin 123</p></body></html>");

    assertThat(renderer.hasChineseFont()).isFalse();
    assertThat(textOf(pdf)).contains("Only Latin 123");
  }

  @Test
  void fontsStillBeingFoundAreWaitedForAndAFailedSearchIsAClearError() throws IOException {
    FutureTask<PdfFonts> finding = new FutureTask<>(() -> FONTS);
    new Thread(finding).start();
    assertThat(textOf(render(new HtmlPdfRenderer(finding), PAGE))).contains("高铁票");

    FutureTask<PdfFonts> failing = new FutureTask<>(() -> {
      throw new IOException("font folder unreadable");
    });
    failing.run();
    assertThatThrownBy(() -> render(new HtmlPdfRenderer(failing), PAGE)).isInstanceOf(PdfRenderingException.class)
        .hasMessageContaining("PDF fonts could not be found").hasMessageContaining("font folder unreadable");
  }

  @Test
  void fontsOfTheConfiguredFolderComeFirst(@TempDir Path folder) throws IOException {
    Path wqy = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    Files.copy(wqy, folder.resolve("mine.ttc"));

    PdfFonts fonts = PdfFonts.find(Optional.of(folder), List.of());

    assertThat(fonts.all()).hasSize(1);
    assertThat(fonts.chinese()).get().extracting(PdfFonts.Font::family).isEqualTo("WenQuanYi Micro Hei");
    assertThat(textOf(render(new HtmlPdfRenderer(fonts), PAGE))).contains("高铁票");
  }

  @Test
  void regularWeightsComeBeforeBoldOnesSoFallbackTextIsRegular(@TempDir Path folder) throws IOException {
    Path wqy = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    Files.copy(wqy, folder.resolve("AHei-Bold.ttc"));
    Files.copy(wqy, folder.resolve("BHei-Regular.ttc"));

    PdfFonts fonts = PdfFonts.find(Optional.of(folder), List.of());

    assertThat(fonts.all()).extracting(f -> f.file().getName()).containsExactly("BHei-Regular.ttc", "AHei-Bold.ttc");
    assertThat(fonts.chinese()).get().extracting(f -> f.file().getName()).isEqualTo("BHei-Regular.ttc");
  }

  @Test
  void refusesMalformedDocumentsNamingTheLine() {
    HtmlPdfRenderer renderer = new HtmlPdfRenderer(FONTS);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThatThrownBy(() -> renderer.render("<html><body>\n<p>open <b>bold</p></body></html>", out))
        .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("line 2")
        .satisfies(e -> assertThat(((InvalidDocumentException) e).line()).isEqualTo(2));
    assertThatThrownBy(() -> renderer.render("<div>not a page</div>", out))
        .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("<html>");
    assertThatThrownBy(() -> renderer.render("  ", out)).isInstanceOf(InvalidDocumentException.class);
    assertThatThrownBy(() -> renderer.render("<html><body>&nbsp;</body></html>", out))
        .isInstanceOf(InvalidDocumentException.class);
    assertThat(out.size()).isZero();
  }

  @Test
  void readsNoExternalEntityAndFetchesNoFile(@TempDir Path folder) throws IOException {
    Path secret = Files.writeString(folder.resolve("secret.txt"), "TOPSECRET");
    String page = "<!DOCTYPE html [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
        + "<html><body><p>a&x;b</p><img src=\"" + secret.toUri() + "\"/></body></html>";

    String text = textOf(render(new HtmlPdfRenderer(FONTS), page));

    assertThat(text).contains("ab").doesNotContain("TOPSECRET");
  }

  private static byte[] render(HtmlPdfRenderer renderer, String page) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.render(page, out);
    return out.toByteArray();
  }

  private static String textOf(byte[] pdf) throws IOException {
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
