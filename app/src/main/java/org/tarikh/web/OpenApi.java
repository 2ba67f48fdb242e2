package org.tarikh.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The OpenAPI 3.1 description of the JSON API ({@code org/tarikh/web/openapi.json} in the jar), served at
 * {@code /api/openapi.json} with the configured public base URL as its one server. Thread-safe: the resource is read
 * once, each answer is a copy.
 */
final class OpenApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectNode DESCRIPTION = read();

    private OpenApi() {}

    /** The description with {@code servers: [{"url": base}]}. */
    static ObjectNode description(String base) {
        ObjectNode copy = DESCRIPTION.deepCopy();
        copy.putArray("servers").addObject().put("url", base).put("description", "this archive");
        return copy;
    }

    private static ObjectNode read() {
        try (InputStream in = OpenApi.class.getResourceAsStream("openapi.json")) {
            if (in == null) throw new IllegalStateException("resource missing: org/tarikh/web/openapi.json");
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenAPI description", e);
        }
    }
}
