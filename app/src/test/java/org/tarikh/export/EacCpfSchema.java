package org.tarikh.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A W3C XML Schema for EAC-CPF records, and every problem it finds in one. Two schemas: Tarikh's own profile
 * ({@code export/eac-cpf-2010-tarikh-profile.xsd}, always there) and the official EAC-CPF 2010 {@code cpf.xsd}:
 * {@code ../shared/spec/official/cpf-local.xsd} (the official file with its two imports pointed at the official
 * {@code xlink.xsd} and {@code xml.xsd} beside it), or the file the system property {@value #OFFICIAL_PROPERTY}
 * names; absent only where neither is there.
 *
 * <p>Nothing is fetched: schemas are read from local files only ({@code accessExternalSchema=file}), DTDs never. For
 * the profile, and for an official schema named by the property, the XLink and XML namespaces it imports from
 * {@code loc.gov} and {@code w3.org} are answered with the test resources {@code export/xlink.xsd} and
 * {@code export/xml.xsd}; the shared official copy reads its own official imports. Example: a record whose {@code control}
 * starts with {@code maintenanceStatus} gets one problem, {@code "line 4: cvc-complex-type.2.4.a: Invalid content
 * was found starting with element '{"urn:isbn:1-931666-33-4":maintenanceStatus}'. One of
 * '{"urn:isbn:1-931666-33-4":recordId}' is expected."}
 *
 * <p>Thread-safe: the compiled schema is shared, each call makes its own validator.
 */
final class EacCpfSchema {
    static final String OFFICIAL_PROPERTY = "tarikh.eacCpfXsd";
    private static final String PROFILE = "/export/eac-cpf-2010-tarikh-profile.xsd";
    private static final Map<String, String> LOCAL_IMPORTS = Map.of(
            "http://www.w3.org/1999/xlink", "/export/xlink.xsd",
            XMLConstants.XML_NS_URI, "/export/xml.xsd");

    /** The official schema as the project's shared folder holds it, imports pointed at the official files beside it. */
    static final Path SHARED_OFFICIAL = org.tarikh.Shared.home().resolveSibling("shared").resolve("spec/official/cpf-local.xsd");

    private final Schema schema;
    private final String name;

    private EacCpfSchema(Schema schema, String name) {
        this.schema = schema;
        this.name = name;
    }

    /** Tarikh's profile of EAC-CPF 2010, from the test resources. */
    static EacCpfSchema profile() {
        URL url = EacCpfSchema.class.getResource(PROFILE);
        if (url == null) throw new IllegalStateException("test resource missing: " + PROFILE);
        try {
            return compile(new StreamSource(url.toURI().toString()), PROFILE);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad resource address " + url, e);
        }
    }

    /**
     * The official schema: the file the system property {@value #OFFICIAL_PROPERTY} names if it is set, else
     * {@code ../shared/spec/official/cpf-local.xsd} if it is there, else none.
     */
    static Optional<EacCpfSchema> official() {
        String path = System.getProperty(OFFICIAL_PROPERTY, "").strip();
        if (path.isEmpty()) {
            Path shared = SHARED_OFFICIAL;
            if (!Files.isRegularFile(shared)) return Optional.empty();
            return Optional.of(compile(new StreamSource(shared.toUri().toString()), shared.toString(), false));
        }
        Path file = Path.of(path).toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(OFFICIAL_PROPERTY + " names no file: " + file);
        }
        return Optional.of(compile(new StreamSource(file.toUri().toString()), file.toString()));
    }

    private static EacCpfSchema compile(StreamSource source, String name) {
        return compile(source, name, true);
    }

    private static EacCpfSchema compile(StreamSource source, String name, boolean localImports) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            if (localImports) factory.setResourceResolver(new LocalImports());
            Problems problems = new Problems();
            factory.setErrorHandler(problems);
            Schema schema = factory.newSchema(source);
            if (!problems.list.isEmpty()) throw new IllegalStateException("schema " + name + ": " + problems.list);
            return new EacCpfSchema(schema, name);
        } catch (SAXException e) {
            throw new IllegalStateException("cannot compile the schema " + name + ": " + e.getMessage(), e);
        }
    }

    /** Every error and fatal error the schema finds, each as {@code "line N: message"}; empty when the record is valid. */
    List<String> problems(String xml) {
        Validator validator = schema.newValidator();
        Problems problems = new Problems();
        try {
            validator.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(problems);
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            // a fatal error (not well-formed) is already in the list through the handler
            if (problems.list.isEmpty()) problems.list.add(e.getMessage());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the record: " + e.getMessage(), e);
        }
        return List.copyOf(problems.list);
    }

    @Override
    public String toString() {
        return name;
    }

    private static final class Problems implements ErrorHandler {
        final List<String> list = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
            // warnings (such as an import that could not be read) show up again as errors where they matter
        }

        @Override
        public void error(SAXParseException e) {
            list.add("line " + e.getLineNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            list.add("line " + e.getLineNumber() + ": " + e.getMessage());
            throw e;
        }
    }

    /** Answers imports of the XLink and XML namespaces with our own small schemas instead of the network. */
    private static final class LocalImports implements LSResourceResolver {
        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String baseUri) {
            String resource = namespace == null ? null : LOCAL_IMPORTS.get(namespace);
            if (resource == null) return null;
            URL url = EacCpfSchema.class.getResource(resource);
            if (url == null) throw new IllegalStateException("test resource missing: " + resource);
            return new LocalInput(url, publicId);
        }
    }

    private record LocalInput(URL url, String publicId) implements LSInput {
        @Override
        public Reader getCharacterStream() {
            try {
                InputStream in = url.openStream();
                return new InputStreamReader(in, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + url + ": " + e.getMessage(), e);
            }
        }

        @Override public void setCharacterStream(Reader characterStream) {}
        @Override public InputStream getByteStream() { return null; }
        @Override public void setByteStream(InputStream byteStream) {}
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String stringData) {}
        @Override public String getSystemId() { return url.toString(); }
        @Override public void setSystemId(String systemId) {}
        @Override public String getPublicId() { return publicId; }
        @Override public void setPublicId(String publicId) {}
        @Override public String getBaseURI() { return url.toString(); }
        @Override public void setBaseURI(String baseURI) {}
        @Override public String getEncoding() { return "UTF-8"; }
        @Override public void setEncoding(String encoding) {}
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean certifiedText) {}
    }
}
