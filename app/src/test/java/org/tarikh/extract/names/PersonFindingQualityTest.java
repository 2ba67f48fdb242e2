package org.tarikh.extract.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarikh.Shared;
import org.tarikh.extract.names.PersonFindingEvaluation.DataSet;
import org.tarikh.extract.names.PersonFindingEvaluation.Mode;
import org.tarikh.extract.names.PersonFindingEvaluation.Report;

/**
 * Person finding on the NER data sets' development parts (KazNERD validation, factRuEval-2016 devset; never their
 * test parts): prints exact and lenient precision, recall and F1 per data set, for the rules alone and as shipped,
 * with the most frequent misses, and holds a floor a little under the figures reached so that a change to the
 * rules that loses persons fails here. Skipped when {@code ../shared/data} is missing. {@code tools/ner-eval.sh}
 * runs it.
 */
class PersonFindingQualityTest {
    /** All KazNERD validation sentences: the whole run takes a few seconds, so no sample is needed. */
    private static final int KAZNERD_STEP = 1;

    @Test
    void findsThePersonsOfTheDevelopmentParts() {
        DataSet kazNerd = PersonFindingEvaluation.kazNerd(Shared.path("data/kaznerd/IOB2_valid.txt"), KAZNERD_STEP);
        DataSet factRuEval = PersonFindingEvaluation.factRuEval(Shared.path("data/factrueval-2016/devset"));
        PersonFindingEvaluation evaluation = new PersonFindingEvaluation();

        List<Report> reports = new ArrayList<>();
        for (DataSet data : List.of(kazNerd, factRuEval)) {
            for (Mode mode : Mode.values()) reports.add(evaluation.evaluate(data, mode));
        }
        System.out.println("Person finding on the development parts of the NER data sets");
        System.out.println("  " + kazNerd.note());
        System.out.println("  " + factRuEval.note());
        System.out.println("  rules = PersonFinder without the statistical finder; shipped = DocumentExtractor as "
                + "`tarikh extract` builds it, whose models were trained on these very parts (optimistic)");
        System.out.println(PersonFindingEvaluation.HEADER);
        reports.forEach(r -> System.out.println(r.row()));
        reports.stream().filter(r -> r.mode() == Mode.RULES).forEach(r -> r.printMisses(System.out));

        // the gold the readers make of the data: a change here is a change of the yardstick, not of the finder
        assertThat(reports.get(0).exact().gold()).as("KazNERD gold persons").isEqualTo(1352);
        assertThat(reports.get(2).exact().gold()).as("factRuEval gold persons").isEqualTo(741);
        // floors a little under the figures measured (exact / lenient F1): KazNERD shipped 0.783 / 0.828, rules
        // 0.763 / 0.806; factRuEval shipped 0.623 / 0.661, rules 0.582 / 0.621 (before context rules, countries
        // in oblique cases and abbreviations before names: 0.541 / 0.621 and 0.491 / 0.574)
        assertFloor(reports.get(0), 0.76, 0.81);
        assertFloor(reports.get(1), 0.74, 0.79);
        assertFloor(reports.get(2), 0.60, 0.64);
        assertFloor(reports.get(3), 0.56, 0.60);
    }

    private static void assertFloor(Report report, double exactF1, double lenientF1) {
        String what = report.dataSet() + " " + report.mode();
        assertThat(report.exact().f1()).as(what + " exact F1").isGreaterThanOrEqualTo(exactF1);
        assertThat(report.lenient().f1()).as(what + " lenient F1").isGreaterThanOrEqualTo(lenientF1);
    }
}
