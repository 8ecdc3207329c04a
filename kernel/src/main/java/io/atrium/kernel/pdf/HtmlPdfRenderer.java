package io.atrium.kernel.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.atrium.sdk.pdf.InvalidDocumentException;
import io.atrium.sdk.pdf.PdfRenderer;
import io.atrium.sdk.pdf.PdfRenderingException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.util.EnumSet;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * {@link PdfRenderer} on openhtmltopdf (PDFBox): the document is parsed here, strictly and without
 * DTDs or external entities, then laid out with the fonts of {@link PdfFonts}; no URI is fetched.
 */
public final class HtmlPdfRenderer implements PdfRenderer {

  /** Kept so the level set below is not lost when the logger is collected. */
  private static final Logger RENDERER_LOG = Logger.getLogger("com.openhtmltopdf");

  static {
    // openhtmltopdf logs every page it lays out at INFO; only its warnings matter in the server log
    RENDERER_LOG.setLevel(Level.WARNING);
  }

  private final Supplier<PdfFonts> fonts;

  /** A renderer with the fonts found. */
  public HtmlPdfRenderer(PdfFonts fonts) {
    Objects.requireNonNull(fonts);
    this.fonts = () -> fonts;
  }

  /** A renderer with fonts still being found: the first PDF waits for them. */
  public HtmlPdfRenderer(Future<PdfFonts> fonts) {
    Objects.requireNonNull(fonts);
    this.fonts = () -> {
      try {
        return fonts.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new PdfRenderingException("Interrupted while the PDF fonts were being found", e);
      } catch (ExecutionException e) {
        throw new PdfRenderingException("The PDF fonts could not be found: " + e.getCause().getMessage(), e);
      }
    };
  }

  @Override
  public void render(String xhtml, OutputStream out) {
    Objects.requireNonNull(out, "out");
    Document document = parse(xhtml);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.withW3cDocument(document, "about:blank");
    // nothing is fetched: only data: URIs (inline images) resolve, anything else is left out
    builder.useUriResolver((base, uri) -> uri != null && uri.startsWith("data:") ? uri : null);
    PdfFonts found = fonts.get();
    PdfFonts.Font fallback = found.chinese().orElse(null);
    for (PdfFonts.Font font : found.all()) {
      EnumSet<FSFontUseCase> uses = font.equals(fallback) ? EnumSet.of(FSFontUseCase.DOCUMENT,
          FSFontUseCase.FALLBACK_FINAL) : EnumSet.of(FSFontUseCase.DOCUMENT);
      builder.useFont(font.file(), font.family(), 400, FontStyle.NORMAL, true, uses);
    }
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException | RuntimeException e) {
      throw new PdfRenderingException("The PDF could not be rendered: " + e.getMessage(), e);
    }
  }

  @Override
  public boolean hasChineseFont() {
    return fonts.get().chinese().isPresent();
  }

  /** The document as DOM; refuses text that is not well-formed XML or whose root is not {@code html}. */
  static Document parse(String xhtml) {
    if (xhtml == null || xhtml.isBlank()) {
      throw new InvalidDocumentException("The document is empty", -1, -1);
    }
    try {
      DocumentBuilder parser = factory().newDocumentBuilder();
      parser.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
      parser.setErrorHandler(new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
          // not a reason to refuse the document
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      });
      Document document = parser.parse(new InputSource(new StringReader(xhtml)));
      String root = document.getDocumentElement().getLocalName();
      if (!"html".equals(root == null ? document.getDocumentElement().getNodeName() : root)) {
        throw new InvalidDocumentException("The root element must be <html>, not <"
            + document.getDocumentElement().getNodeName() + ">", -1, -1);
      }
      return document;
    } catch (SAXParseException e) {
      throw new InvalidDocumentException("Not well-formed XHTML at line " + e.getLineNumber() + ", column "
          + e.getColumnNumber() + ": " + e.getMessage(), e.getLineNumber(), e.getColumnNumber());
    } catch (SAXException | IOException e) {
      throw new InvalidDocumentException("Not well-formed XHTML: " + e.getMessage(), -1, -1);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("The XML parser cannot be configured", e);
    }
  }

  private static DocumentBuilderFactory factory() {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("The XML parser cannot be made safe", e);
    }
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return factory;
  }
}
