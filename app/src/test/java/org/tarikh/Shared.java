package org.tarikh;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where tests find the project's shared folder (seed documents, gold, data), beside the repository. */
public final class Shared {
    private Shared() {}

    public static Path home() {
        return Path.of(System.getProperty("tarikh.home", ".")).toAbsolutePath().normalize();
    }

    /** {@code ../shared/<relative>}; the calling test is skipped when the shared folder is not there. */
    public static Path path(String relative) {
        Path path = home().resolveSibling("shared").resolve(relative);
        assumeTrue(Files.exists(path), "shared folder missing: " + path);
        return path;
    }

    public static Path seeds() {
        return path("corpus/seeds");
    }
}
