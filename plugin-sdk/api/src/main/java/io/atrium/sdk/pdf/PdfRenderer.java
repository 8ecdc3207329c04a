package io.atrium.sdk.pdf;

import java.io.OutputStream;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Host service: renders a well-formed XHTML document with its CSS (CSS 2.1 and paged media:
 * {@code @page { size: A4; margin: 15mm }}, page breaks, running headers) to a PDF.
 *
 * <p>The document is self-contained: styles in {@code <style>} elements or {@code style}
 * attributes, images as {@code data:} URIs. The renderer fetches nothing, neither from the
 * network nor from files, and reads no DTD; any other reference is left out. Text in any font
 * family falls back to the server's Chinese font for characters the family lacks, so Chinese
 * renders without naming a font.
 */
@ProviderType
public interface PdfRenderer {

  /**
   * Renders a document to a PDF written to {@code out}; {@code out} is left open.
   *
   * @param xhtml the document: well-formed XML, root element {@code html} (in the XHTML namespace or none)
   * @throws InvalidDocumentException when the text is not well-formed XHTML; nothing was written
   * @throws PdfRenderingException when rendering or writing failed
   */
  void render(String xhtml, OutputStream out);

  /** Whether a font with Chinese characters was found; without one Chinese text renders as blanks. */
  boolean hasChineseFont();
}
