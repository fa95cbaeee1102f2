package fr.trouvaille.corpus;

import java.util.Set;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Ends each block of Tika's XHTML (paragraph, heading, list item…) with a blank line. Tika's text
 * ends a block with one line break only, which in a PDF also ends every line of a paragraph: the
 * extra one tells paragraphs apart, so the text reads like our plain-text files.
 */
final class ParagraphBreaks extends ContentHandlerDecorator {

  private static final Set<String> BLOCKS = Set.of(
      "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt", "blockquote", "pre", "tr", "table", "div");
  private static final char[] BREAK = {'\n'};

  ParagraphBreaks(ContentHandler handler) {
    super(handler);
  }

  @Override
  public void endElement(String uri, String localName, String name) throws SAXException {
    super.endElement(uri, localName, name);
    if (BLOCKS.contains(localName)) {
      super.characters(BREAK, 0, 1);
    }
  }
}
