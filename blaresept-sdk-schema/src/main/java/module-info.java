/**
 * The Blåresept form model: {@code no.blaresept.schema} is the API; {@code no.blaresept.schema.internal}
 * is exported only to the SDK's own modules.
 *
 * <p>everit-json-schema and re2j declare no module name, so they are required by the names the JDK
 * derives from their jar files ({@code everit-json-schema-<version>.jar}, {@code re2j-<version>.jar}):
 * keep those file names on a module path (on the class path this descriptor is not read).
 */
@SuppressWarnings({"requires-automatic", "module"})
module no.blaresept.schema {
    requires transitive com.fasterxml.jackson.databind;
    requires everit.json.schema;
    requires org.json;
    requires re2j;
    requires java.xml; // StAX reads a DOCX package's [Content_Types].xml
    requires static transitive org.jspecify;

    exports no.blaresept.schema;
    exports no.blaresept.schema.internal to no.blaresept.sdk, no.blaresept.testkit;
}
