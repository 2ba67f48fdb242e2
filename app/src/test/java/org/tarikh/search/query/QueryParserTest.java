package org.tarikh.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.tarikh.search.QuerySyntaxException;
import org.tarikh.search.query.Query.And;
import org.tarikh.search.query.Query.Boost;
import org.tarikh.search.query.Query.Field;
import org.tarikh.search.query.Query.Fuzzy;
import org.tarikh.search.query.Query.Not;
import org.tarikh.search.query.Query.Or;
import org.tarikh.search.query.Query.Phrase;
import org.tarikh.search.query.Query.Prefix;
import org.tarikh.search.query.Query.Range;
import org.tarikh.search.query.Query.Word;

class QueryParserTest {

    private static Query parse(String q) {
        return QueryParser.parse(q);
    }

    @Test
    void wordsSideBySideMustAllMatchAndAHyphenatedWordIsOneWord() {
        assertThat(parse("Алма-Ата  Рыскулов")).isEqualTo(new And(List.of(new Word("Алма-Ата"), new Word("Рыскулов"))));
        assertThat(parse("Рыскулов")).isEqualTo(new Word("Рыскулов"));
        assertThat(parse("a AND b && c")).isEqualTo(new And(List.of(new Word("a"), new Word("b"), new Word("c"))));
    }

    @Test
    void phrasesPrefixesAndNearSpellings() {
        assertThat(parse("\"жер аудару\"")).isEqualTo(new Phrase(Field.ANY, "жер аудару", 0));
        assertThat(parse("\"1936 12 наурыз\"~1")).isEqualTo(new Phrase(Field.ANY, "1936 12 наурыз", 1));
        assertThat(parse("коллектив*")).isEqualTo(new Prefix(Field.ANY, "коллектив"));
        assertThat(parse("Сейфуллнн~1")).isEqualTo(new Fuzzy(Field.ANY, "Сейфуллнн", 1));
        assertThat(parse("Сейфуллнн~")).isEqualTo(new Fuzzy(Field.ANY, "Сейфуллнн", 2));
    }

    @Test
    void orBindsLooserThanAndAndExclusionTakesOneWordOrAGroup() {
        assertThat(parse("голод OR famine 1932")).isEqualTo(new Or(List.of(new Word("голод"),
                new And(List.of(new Word("famine"), new Word("1932"))))));
        assertThat(parse("(голод OR famine) 1932")).isEqualTo(new And(List.of(
                new Or(List.of(new Word("голод"), new Word("famine"))), new Word("1932"))));
        assertThat(parse("Алаш -Орда")).isEqualTo(new And(List.of(new Word("Алаш"), new Not(new Word("Орда")))));
        assertThat(parse("Алаш NOT Орда")).isEqualTo(parse("Алаш !Орда")).isEqualTo(parse("Алаш -Орда"));
        assertThat(parse("-(a b)")).isEqualTo(new Not(new And(List.of(new Word("a"), new Word("b")))));
        assertThat(parse("+a b")).isEqualTo(parse("a b"));
    }

    @Test
    void fieldsTakeAWordAPhraseAGroupOrARange() {
        assertThat(parse("person:Рыскулов place:\"Алма-Ата\" lang:KK kind:pdf title:famine decade:1930s year:1937"))
                .isEqualTo(new And(List.of(new Word(Field.PERSON, "Рыскулов"), new Phrase(Field.PLACE, "Алма-Ата", 0),
                        new Word(Field.LANG, "KK"), new Word(Field.KIND, "pdf"), new Word(Field.TITLE, "famine"),
                        new Word(Field.DECADE, "1930s"), new Word(Field.YEAR, "1937"))));
        assertThat(parse("title:(famine OR голод)")).isEqualTo(new Or(List.of(new Word(Field.TITLE, "famine"),
                new Word(Field.TITLE, "голод"))));
        assertThat(parse("year:[1930 TO 1939]")).isEqualTo(new Range(Field.YEAR, "1930", "1939", true, true));
        assertThat(parse("year:{1930 TO *]")).isEqualTo(new Range(Field.YEAR, "1930", null, false, true));
        assertThat(parse("Title: famine")).isEqualTo(new Word(Field.TITLE, "famine"));
        assertThat(parse("Алаш^2")).isEqualTo(new Boost(new Word("Алаш"), 2f));
    }

    @Test
    void aBackslashMakesAnOperatorOrASpecialCharacterText() {
        assertThat(parse("\\AND")).isEqualTo(new Word("AND"));
        assertThat(parse("12\\:30")).isEqualTo(new Word("12:30"));
        assertThat(parse("\\-1")).isEqualTo(new Word("-1"));
    }

    @Test
    void theReasonsOfAQueryThatCannotBeReadNameWhatToWrite() {
        assertProblem("\"Алаш Орда", "quotation mark is not closed");
        assertProblem("year:(1937", "brackets do not pair up");
        assertProblem("famine year:19x", "'19x' does not fit", "year:1937");
        assertProblem("decade:1930", "decade:1930s");
        assertProblem("year:[1930 TO 1939", "a range needs both ends");
        assertProblem("famine AND", "ends with an operator");
        assertProblem("famine -", "ends with an operator");
        assertProblem("famine title:", "ends with an operator");
        assertProblem("AND famine", "AND and OR need a word on each side");
        assertProblem("OR", "AND and OR need a word on each side");
        assertProblem("*ллин", "cannot start with *");
        assertProblem("Сейф*ллин", "only at the end of a word");
        assertProblem("author:Рыскулов", "'author:' is not a field", "author\\:");
        assertProblem("person:Рыск*", "person: takes a whole name");
        assertProblem("\"\"", "hold no words");
        assertProblem("famine^x", "^ takes a positive weight");
        assertProblem("Алаш~5", "0, 1 or 2");
        assertProblem("()", "cannot read the query '()'");
        assertProblem("   ", "the query is empty");
        // a bracket inside a phrase is text
        assertThat(parse("\"Алаш (Орда\"")).isEqualTo(new Phrase(Field.ANY, "Алаш (Орда", 0));
    }

    private static void assertProblem(String query, String... parts) {
        var thrown = assertThatThrownBy(() -> parse(query)).isInstanceOf(QuerySyntaxException.class);
        for (String part : parts) thrown.hasMessageContaining(part);
    }

    // --- round trip ---

    @Property(tries = 2000)
    void printingAndParsingAgainGivesTheSameTree(@ForAll("trees") Query tree) {
        String printed = QueryPrinter.print(tree);
        assertThat(QueryParser.parse(printed)).as(printed).isEqualTo(tree);
    }

    @Test
    void theCanonicalFormIsReadable() {
        Query q = parse("(голод OR famine) -title:\"Малый Октябрь\" year:[1930 TO 1939] коллектив* Алаш^2");
        assertThat(QueryPrinter.print(q))
                .isEqualTo("(голод OR famine) -title:\"Малый Октябрь\" year:[1930 TO 1939] коллектив* Алаш^2");
    }

    @Provide
    Arbitrary<Query> trees() {
        return tree(3);
    }

    private static Arbitrary<Query> tree(int depth) {
        if (depth <= 0) return leaf();
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, leaf()),
                net.jqwik.api.Tuple.of(2, and(depth)),
                net.jqwik.api.Tuple.of(2, or(depth)),
                net.jqwik.api.Tuple.of(1, not(depth)),
                net.jqwik.api.Tuple.of(1, boost(depth)));
    }

    private static Arbitrary<Query> and(int depth) {
        if (depth <= 0) return leaf();
        Arbitrary<Query> child = Arbitraries.oneOf(leaf(), Arbitraries.lazy(() -> or(depth - 1)),
                Arbitraries.lazy(() -> not(depth - 1)), Arbitraries.lazy(() -> boost(depth - 1)));
        return child.list().ofMinSize(2).ofMaxSize(4).map(And::new);
    }

    private static Arbitrary<Query> or(int depth) {
        if (depth <= 0) return leaf();
        Arbitrary<Query> child = Arbitraries.oneOf(leaf(), Arbitraries.lazy(() -> and(depth - 1)),
                Arbitraries.lazy(() -> not(depth - 1)), Arbitraries.lazy(() -> boost(depth - 1)));
        return child.list().ofMinSize(2).ofMaxSize(4).map(Or::new);
    }

    private static Arbitrary<Query> not(int depth) {
        if (depth <= 0) return leaf();
        return Arbitraries.lazy(() -> tree(depth - 1)).map(Not::new);
    }

    private static Arbitrary<Query> boost(int depth) {
        if (depth <= 0) return leaf();
        return Combinators.combine(Arbitraries.lazy(() -> tree(depth - 1)),
                Arbitraries.floats().between(0.01f, 50f)).as(Boost::new);
    }

    private static Arbitrary<Query> leaf() {
        Arbitrary<Field> textFields = Arbitraries.of(Field.ANY, Field.TITLE, Field.TEXT, Field.LANG, Field.KIND);
        Arbitrary<Field> anyText = Arbitraries.of(Field.ANY, Field.TITLE, Field.TEXT, Field.LANG, Field.KIND,
                Field.PERSON, Field.PLACE);
        Arbitrary<String> years = Arbitraries.integers().between(1800, 2039).map(String::valueOf);
        Arbitrary<String> decades = Arbitraries.integers().between(180, 203).map(d -> d + "0s");
        return Arbitraries.oneOf(
                Combinators.combine(anyText, text()).as(Word::new),
                years.map(y -> new Word(Field.YEAR, y)),
                decades.map(d -> new Word(Field.DECADE, d)),
                Combinators.combine(anyText, phraseText(), Arbitraries.integers().between(0, 3)).as(Phrase::new),
                Combinators.combine(textFields, text()).as(Prefix::new),
                Combinators.combine(textFields, text(), Arbitraries.integers().between(0, 2)).as(Fuzzy::new),
                Combinators.combine(years.injectNull(0.2), years.injectNull(0.2), Arbitraries.of(true, false),
                        Arbitraries.of(true, false)).as((a, b, x, y) -> new Range(Field.YEAR, a, b, x, y)));
    }

    /** Words of letters of the three languages, digits, and every character the syntax gives a meaning to. */
    private static Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.of("AND", "OR", "NOT", "&&", "||", "TO", "Алма-Ата", "Сейфуллиннің", "O'Brien"),
                Arbitraries.strings().withChars("aбқәz09-+!()\":^~[]{}\\*& .?/").ofMinLength(1).ofMaxLength(8));
    }

    private static Arbitrary<String> phraseText() {
        return Arbitraries.strings().withChars("aбқә 9\"\\()*:-").ofMinLength(1).ofMaxLength(10)
                .filter(s -> !s.isBlank() && s.strip().equals(s));
    }
}
