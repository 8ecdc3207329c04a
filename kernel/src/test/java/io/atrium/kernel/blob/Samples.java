package io.atrium.kernel.blob;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Real file contents of the common kinds, made in memory. */
final class Samples {

  private Samples() {
  }

  static byte[] png() {
    return image("png");
  }

  static byte[] jpeg() {
    return image("jpeg");
  }

  private static byte[] image(String format) {
    BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
    image.setRGB(1, 1, 0xff0000);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(image, format, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] pdf() {
    return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> "
        + "endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
  }

  /** The start of a Windows program: the MZ header and the DOS stub's text. */
  static byte[] exe() {
    byte[] bytes = new byte[512];
    bytes[0] = 'M';
    bytes[1] = 'Z';
    bytes[2] = (byte) 0x90;
    byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(stub, 0, bytes, 78, stub.length);
    return bytes;
  }

  static byte[] text(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] text(String text, String charset) {
    return text.getBytes(Charset.forName(charset));
  }

  /** A zip whose first entry is [Content_Types].xml, as in every Office Open XML file. */
  static byte[] docx() {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(text("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
          + "content-types\"/>"));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(text("<w:document/>"));
      zip.closeEntry();
      zip.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Bytes no format claims, with NULs. */
  static byte[] binary() {
    byte[] bytes = new byte[300];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 7 % 251);
    }
    return bytes;
  }
}
