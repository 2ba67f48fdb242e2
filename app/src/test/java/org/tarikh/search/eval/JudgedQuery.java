package org.tarikh.search.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One line of {@code judged-queries.tsv}: a query, the language it is written in, and the basenames of every
 * document it must find. The file's format is the one {@code ../shared/tools/score.py --queries} reads
 * ({@code query<TAB>a.txt,b.md}, {@code #} comments); a comment {@code # lang: kk} sets the language of the lines
 * after it.
 */
record JudgedQuery(String query, String language, Set<String> relevant) {
    JudgedQuery {
        if (query == null || query.isBlank()) throw new IllegalArgumentException("blank query");
        if (relevant.isEmpty()) throw new IllegalArgumentException("no relevant documents for '" + query + "'");
        relevant = Set.copyOf(relevant);
    }

    static List<JudgedQuery> read(Path file) throws IOException {
        List<JudgedQuery> queries = new ArrayList<>();
        String language = "?";
        int lineNumber = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNumber++;
            if (line.isBlank()) continue;
            if (line.startsWith("#")) {
                String comment = line.substring(1).strip().toLowerCase(Locale.ROOT);
                if (comment.startsWith("lang:")) language = comment.substring(5).strip();
                continue;
            }
            String[] parts = line.split("\t");
            if (parts.length != 2) {
                throw new IllegalArgumentException(file + ":" + lineNumber + ": expected query<TAB>documents, got '" + line + "'");
            }
            queries.add(new JudgedQuery(parts[0], language, Set.of(parts[1].strip().split("\\s*,\\s*"))));
        }
        return queries;
    }
}
