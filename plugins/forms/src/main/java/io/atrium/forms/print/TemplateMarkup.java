package io.atrium.forms.print;

import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The markup rules of a print template: well-formed XHTML made of layout elements, no scripts, no
 * event handlers, no links and no reference to anything outside the page, because the printout is
 * shown in browsers of everyone who may view the record and rendered by the server.
 */
final class TemplateMarkup {

  static final Set<String> ELEMENTS = Set.of("div", "span", "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
      "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "colgroup", "col", "b", "i", "u", "s",
      "strong", "em", "small", "big", "sub", "sup", "ul", "ol", "li", "dl", "dt", "dd", "img", "style", "section",
      "header", "footer", "article", "blockquote", "pre", "code", "label", "center", "font");

  static final Set<String> ATTRIBUTES = Set.of("class", "id", "style", "colspan", "rowspan", "width", "height",
      "align", "valign", "src", "alt", "border", "cellpadding", "cellspacing", "title", "dir", "lang", "color",
      "size", "face", "span");

  /** CSS that reaches outside the page or runs code. */
  private static final Pattern UNSAFE_CSS = Pattern.compile(
      "@import|expression\\s*\\(|javascript:|behavior\\s*:|-moz-binding|url\\s*\\(\\s*['\"]?\\s*(?!data:image/)",
      Pattern.CASE_INSENSITIVE);

  private TemplateMarkup() {
  }

  /** Checks the markup of a template whose placeholders are replaced by one letter each. */
  static void check(String skeleton) {
    Element body;
    try {
      DocumentBuilder parser = factory().newDocumentBuilder();
      parser.setErrorHandler(new DefaultHandler() {
        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      });
      parser.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
      // <body> on the first line, so the parser's line numbers are the template's
      body = parser.parse(new InputSource(new StringReader("<body>" + skeleton + "</body>"))).getDocumentElement();
    } catch (SAXParseException e) {
      throw new InvalidTemplateException("forms.print.invalid.markup", e.getLineNumber(), e.getMessage());
    } catch (SAXException | IOException e) {
      throw new InvalidTemplateException("forms.print.invalid.markup", 0, e.getMessage());
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("The XML parser cannot be configured", e);
    }
    walk(body, true);
  }

  private static void walk(Element element, boolean root) {
    String name = element.getTagName().toLowerCase(Locale.ROOT);
    if (!root) {
      if (!ELEMENTS.contains(name)) {
        throw new InvalidTemplateException("forms.print.invalid.element", 0, "<" + element.getTagName() + ">");
      }
      NamedNodeMap attributes = element.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Attr attribute = (Attr) attributes.item(i);
        String attributeName = attribute.getName().toLowerCase(Locale.ROOT);
        if (!ATTRIBUTES.contains(attributeName)) {
          throw new InvalidTemplateException("forms.print.invalid.attribute", 0, attribute.getName(),
              "<" + element.getTagName() + ">");
        }
        String value = attribute.getValue();
        boolean badSource = "src".equals(attributeName) && !value.strip().toLowerCase(Locale.ROOT).startsWith("data:image/")
           ;
        if (badSource || "style".equals(attributeName) && UNSAFE_CSS.matcher(value).find()) {
          throw new InvalidTemplateException("forms.print.invalid.url", 0, attribute.getName(),
              "<" + element.getTagName() + ">");
        }
      }
      if ("style".equals(name) && UNSAFE_CSS.matcher(element.getTextContent()).find()) {
        throw new InvalidTemplateException("forms.print.invalid.url", 0, "style", "<style>");
      }
    }
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node child = children.item(i);
      if (child instanceof Element e) {
        walk(e, false);
      } else if (child.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE) {
        throw new InvalidTemplateException("forms.print.invalid.element", 0, "<?" + child.getNodeName() + "?>");
      }
    }
  }

  /** Whether generated or sanitised markup is well-formed XHTML (else it is printed as text). */
  static boolean wellFormed(String fragment) {
    try {
      DocumentBuilder parser = factory().newDocumentBuilder();
      parser.setErrorHandler(new DefaultHandler() {
        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      });
      parser.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
      parser.parse(new InputSource(new StringReader("<div>" + fragment + "</div>")));
      return true;
    } catch (SAXException | IOException | ParserConfigurationException e) {
      return false;
    }
  }

  private static DocumentBuilderFactory factory() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    return factory;
  }
}
