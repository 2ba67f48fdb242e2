package org.tarikh.search.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarikh.Shared;

/**
 * The judged query set over the demo corpus and the seeds: prints recall@10, nDCG@10 and R-precision per language
 * of query (the figures the search note reports), then the same with the search's parts added one at a time (plain
 * words, stems, name keys, thesaurus, near spellings: what each buys), and holds the floor the search has reached. The seeds come from
 * {@code ../shared/corpus/seeds}, or from the folder named by the system property {@code tarikh.seeds}.
 */
class SearchQualityTest {

    @Test
    void judgedQueriesFindTheirDocuments() throws Exception {
        Path home = Shared.home();
        Path demo = home.resolve("demo/corpus");
        String given = System.getProperty("tarikh.seeds");
        Path seeds = given != null && !given.isBlank() ? Path.of(given) : Shared.seeds();
        assumeTrue(Files.isDirectory(seeds) && Files.isDirectory(demo), "seeds or demo corpus missing");
        List<JudgedQuery> queries = JudgedQuery.read(home.resolve("app/src/test/resources/search/judged-queries.tsv"));
        assertThat(queries).hasSizeGreaterThanOrEqualTo(70);

        SearchEvaluation.Steps steps = new SearchEvaluation().runSteps(queries, List.of(demo, seeds), SearchEvaluation.STEPS);
        SearchEvaluation.Report report = steps.own();
        report.print(System.out);
        steps.print(System.out);

        // each part must pay for itself on the judged set: recall never falls as a part is added
        List<SearchEvaluation.Report> rows = List.copyOf(steps.byFeatures().values());
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).overall().recall()).as("recall@10 of step " + i)
                    .isGreaterThanOrEqualTo(rows.get(i - 1).overall().recall());
        }
        assertThat(rows.get(rows.size() - 1).overall().recall()).as("plain words against everything")
                .isGreaterThan(rows.get(0).overall().recall() + 0.2);

        assertThat(report.outcomes()).allSatisfy(o -> assertThat(o.error()).as(o.judged().query()).isNull());
        // the floor reached with stems, thesaurus, name keys, BM25 b=0.3 and patronymic surname keys (0.908)
        assertThat(report.overall().recall()).as("recall@10").isGreaterThanOrEqualTo(0.90);
    }
}
