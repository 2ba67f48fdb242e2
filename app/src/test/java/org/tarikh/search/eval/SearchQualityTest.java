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
 * of query (the figures the search note reports) and holds the floor the search has reached. The seeds come from
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

        SearchEvaluation.Report report = new SearchEvaluation().run(queries, List.of(demo, seeds));
        report.print(System.out);

        assertThat(report.outcomes()).allSatisfy(o -> assertThat(o.error()).as(o.judged().query()).isNull());
        // the floor reached with stems, thesaurus, name keys, BM25 b=0.3 and patronymic surname keys (0.908)
        assertThat(report.overall().recall()).as("recall@10").isGreaterThanOrEqualTo(0.90);
    }
}
