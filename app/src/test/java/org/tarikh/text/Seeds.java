package org.tarikh.text;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads the seed documents from ../shared/corpus/seeds the way ingest hands them over. */
final class Seeds {
    private Seeds() {}

    /** ../shared/corpus/seeds beside the repository root (or beside a parent, for a git worktree). */
    static Path folder() {
        Path root = Path.of(System.getProperty("tarikh.home", ".")).toAbsolutePath().normalize();
        for (Path dir = root; dir != null; dir = dir.getParent()) {
            Path seeds = dir.resolveSibling("shared").resolve("corpus/seeds");
            if (dir.getParent() != null && Files.isDirectory(seeds)) {
                return seeds;
            }
        }
        return root.resolveSibling("shared").resolve("corpus/seeds");
    }

    /** A seed as text plus metadata: Markdown cards give title + description and their front matter. */
    record Seed(String text, Map<String, String> metadata) {}

    static Seed load(String prefix) {
        Path folder = folder();
        assumeTrue(Files.isDirectory(folder), "seed folder missing: " + folder);
        try (Stream<Path> files = Files.list(folder)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
            assumeTrue(file != null, "seed " + prefix + " missing in " + folder);
            String raw = Files.readString(file, StandardCharsets.UTF_8);
            if (!raw.startsWith("---\n")) {
                return new Seed(raw, Map.of());
            }
            int end = raw.indexOf("\n---", 4);
            Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(raw.substring(4, end));
            Map<String, String> metadata = new LinkedHashMap<>();
            if (parsed instanceof Map<?, ?> map) {
                map.forEach((k, v) -> metadata.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
            }
            String title = metadata.getOrDefault("title", "");
            String description = metadata.getOrDefault("description", "");
            return new Seed(title + "\n\n" + description + raw.substring(end + 4), metadata);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read seeds in " + folder, e);
        }
    }
}
