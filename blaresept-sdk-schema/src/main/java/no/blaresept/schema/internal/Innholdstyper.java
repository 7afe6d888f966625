package no.blaresept.schema.internal;

import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an Office package's {@code [Content_Types].xml} (ECMA-376 part 2) for the parts it declares as
 * WordprocessingML main documents. No DTD and no external entity is read: the file is hostile input.
 * Thread-safe.
 */
final class Innholdstyper {
    private static final String NAVNEROM = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static final String HOVEDDEL =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final XMLInputFactory XML = sikker();

    private Innholdstyper() {
    }

    /** The ZIP entry names (lower case, no leading slash) declared as a Word main document; empty when unreadable. */
    static Set<String> hoveddeler(byte[] innholdstyper) {
        Set<String> deler = new HashSet<>();
        try {
            XMLStreamReader xml = XML.createXMLStreamReader(new ByteArrayInputStream(innholdstyper));
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && "Override".equals(xml.getLocalName())
                            && NAVNEROM.equals(xml.getNamespaceURI())
                            && HOVEDDEL.equals(xml.getAttributeValue(null, "ContentType"))) {
                        String del = xml.getAttributeValue(null, "PartName");
                        if (del != null && del.startsWith("/")) {
                            deler.add(del.substring(1).toLowerCase(Locale.ROOT));
                        }
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            return Set.of(); // not well-formed: declares nothing
        }
        return deler;
    }

    private static XMLInputFactory sikker() {
        XMLInputFactory fabrikk = XMLInputFactory.newDefaultFactory();
        fabrikk.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        fabrikk.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return fabrikk;
    }
}
