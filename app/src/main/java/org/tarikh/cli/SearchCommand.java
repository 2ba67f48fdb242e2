package org.tarikh.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tarikh.archive.Archive;
import org.tarikh.search.QuerySyntaxException;
import org.tarikh.search.SearchHit;
import org.tarikh.search.SnippetHtml;
import org.tarikh.search.SearchJson;
import org.tarikh.search.SearchResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", description = {
        "Full-text search over the archive's documents, in any of its languages and scripts.",
        "Queries come from the command line, else from standard input one per line.",
        "Syntax: words (all must match), \"a phrase\", prefix*, OR, -exclude, title:word, year:1937, decade:1930s, lang:kk, kind:pdf, person:Рыскулов (any spelling, or a person id), place:Семипалатинск (any period name)."})
final class SearchCommand implements Callable<Integer> {
    @Mixin ArchiveOption archive;

    @Option(names = "--json", description = "One JSON line per query (the contract for scripts)")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits per query (default ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--after", paramLabel = "CURSOR",
            description = "The page after this cursor: the \"next\" of the page before (--json), for one query")
    String after;

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Queries; each argument is one query")
    List<String> queries;

    @Override
    public Integer call() {
        if (limit < 1) throw new org.tarikh.TarikhException("--limit must be at least 1, not " + limit);
        int status = Main.DONE;
        try (Archive archive = this.archive.open(false)) {
            List<String> all = Inputs.argumentsOrStdin(queries);
            if (after != null && all.size() != 1) {
                throw new org.tarikh.TarikhException("--after continues one query, and " + all.size()
                        + " were given");
            }
            for (String query : all) {
                try {
                    print(archive.search(query, limit, after));
                } catch (QuerySyntaxException e) {
                    Streams.err().println("tarikh: " + e.getMessage());
                    status = Main.BAD_USAGE;
                    if (json) {
                        Map<String, Object> out = new LinkedHashMap<>();
                        out.put("query", query);
                        out.put("total", 0);
                        out.put("hits", List.of());
                        out.put("error", e.getMessage());
                        Streams.jsonLine(out);
                    }
                }
            }
        }
        return status;
    }

    private void print(SearchResults results) {
        if (json) {
            Streams.jsonLine(SearchJson.results(results));
            return;
        }
        var out = Streams.out();
        out.printf(Locale.ROOT, "%s: %d document%s%n", results.query(), results.total(), results.total() == 1 ? "" : "s");
        if (results.fuzzy()) out.printf(Locale.ROOT, "  no exact match; showing near spellings%n");
        for (var p : results.persons()) out.printf(Locale.ROOT, "  person: %s (%s, score %.0f)%n", p.name(), p.id(), p.score());
        for (var e : results.expanded()) out.printf(Locale.ROOT, "  also searched for %s: %s%n", e.matched(), String.join(", ", e.labels()));
        for (SearchHit hit : results.hits()) {
            out.printf(Locale.ROOT, "  %6.2f  [%s] %s%n          %s%n          %s%n", hit.score(),
                    hit.language() == null ? "?" : hit.language(), hit.title() == null ? "(untitled)" : hit.title(),
                    hit.source(), SnippetHtml.text(hit.passages(), "[", "]"));
        }
        if (results.next() != null) out.printf(Locale.ROOT, "  more: --after %s%n", results.next());
    }
}
