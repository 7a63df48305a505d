package io.marketsync.salesforce.metadata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads Salesforce metadata XML ({@code http://soap.sforce.com/2006/04/metadata}) into a tree of
 * {@link MetadataElement}s. SAX rather than DOM because only SAX reports where each element starts.
 * DTDs and external entities are refused: these files come from users' repositories.
 */
final class MetadataXml {

    static final String NAMESPACE = "http://soap.sforce.com/2006/04/metadata";

    // Configured once: looking up the JAXP implementation costs more than parsing a small file.
    private static final SAXParserFactory FACTORY = secureFactory();

    private MetadataXml() {}

    /** Parses {@code file} and checks that its root element is {@code expectedRoot}. */
    static MetadataElement read(Path file, String expectedRoot) {
        MetadataElement root = read(file);
        if (!root.name().equals(expectedRoot)) {
            throw root.problem("expected a <" + expectedRoot + "> document, found <" + root.name() + ">");
        }
        return root;
    }

    static MetadataElement read(Path file) {
        TreeBuilder builder = new TreeBuilder(file);
        try (InputStream in = Files.newInputStream(file)) {
            newParser().parse(in, builder);
        } catch (SAXParseException e) {
            throw new MetadataException(file, e.getLineNumber(), e.getColumnNumber(), e.getMessage(), e);
        } catch (SAXException e) {
            if (e.getCause() instanceof MetadataException metadataProblem) {
                throw metadataProblem;
            }
            throw new MetadataException(file, builder.line(), builder.column(), e.getMessage(), e);
        } catch (IOException e) {
            throw new MetadataException(file, 1, 1, "cannot read: " + e.getMessage(), e);
        }
        return builder.root();
    }

    // JAXP does not promise that a factory is thread-safe.
    private static synchronized SAXParser newParser() {
        try {
            return FACTORY.newSAXParser();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot create an XML parser", e);
        }
    }

    private static SAXParserFactory secureFactory() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK XML parser lacks a required security feature", e);
        }
    }

    private static final class TreeBuilder extends DefaultHandler {
        private final Path file;
        private final Deque<MetadataElement> open = new ArrayDeque<>();
        private Locator locator;
        private MetadataElement root;

        TreeBuilder(Path file) {
            this.file = file;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            MetadataElement element = new MetadataElement(file, localName, line(), column());
            if (!NAMESPACE.equals(uri)) {
                throw new SAXException(
                        element.problem("<" + localName + "> is not in the metadata namespace " + NAMESPACE));
            }
            if (open.isEmpty()) {
                root = element;
            } else {
                open.peek().add(element);
            }
            open.push(element);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            open.pop();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!open.isEmpty()) {
                open.peek().appendText(ch, start, length);
            }
        }

        int line() {
            return locator == null ? 1 : locator.getLineNumber();
        }

        int column() {
            return locator == null ? 1 : locator.getColumnNumber();
        }

        MetadataElement root() {
            return root;
        }
    }
}
