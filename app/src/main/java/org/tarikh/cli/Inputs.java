package org.tarikh.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Names or queries from the command line, else from standard input one per line (contract). */
final class Inputs {
    private Inputs() {}

    static List<String> argumentsOrStdin(List<String> arguments) {
        if (arguments != null && !arguments.isEmpty()) return arguments;
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Streams.in(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) lines.add(line.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading standard input", e);
        }
        return lines;
    }
}
