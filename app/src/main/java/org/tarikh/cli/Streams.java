package org.tarikh.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/** The program's output streams (so tests can run commands in-process) and its JSON Lines writer. */
final class Streams {
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static volatile PrintStream out = System.out;
    private static volatile PrintStream err = System.err;
    private static volatile java.io.InputStream in = System.in;

    private Streams() {}

    static void set(PrintStream o, PrintStream e) {
        out = o;
        err = e;
    }

    static void setIn(java.io.InputStream i) {
        in = i;
    }

    /** Standard input (a password typed or piped in). */
    static java.io.InputStream in() {
        return in;
    }

    static PrintStream out() {
        return out;
    }

    static PrintStream err() {
        return err;
    }

    /** Prints one JSON object on one line of standard output. */
    static void jsonLine(Object value) {
        try {
            out.println(JSON.writeValueAsString(value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectMapper json() {
        return JSON;
    }
}
