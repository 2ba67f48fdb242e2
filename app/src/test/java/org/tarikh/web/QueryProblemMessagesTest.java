package org.tarikh.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarikh.search.QuerySyntaxException;
import org.tarikh.search.query.QueryParser;
import org.tarikh.web.view.Ui;

/**
 * Every reason the query parser gives is said in the page's language, by its message key and arguments, while the
 * exception's own message (the CLI's and the JSON API's) stays the English one.
 */
class QueryProblemMessagesTest {
    /** One query for each way a query can fail, the reason's key beside it. */
    private static final List<String[]> BAD = List.of(
            new String[] {"", "empty"},
            new String[] {"\"Алаш Орда", "unclosedQuote"},
            new String[] {"(Алаш OR Alash", "brackets"},
            new String[] {"Алаш AND", "endsWithOperator"},
            new String[] {"OR", "loneOperator"},
            new String[] {"foo:bar", "unknownField"},
            new String[] {"*лаш", "leadingWildcard"},
            new String[] {"Ал*ш", "innerWildcard"},
            new String[] {"\"\" Алаш", "emptyPhrase"},
            new String[] {"year:19x", "badValue"},
            new String[] {"decade:1930", "badValue"},
            new String[] {"year:[1930 1939]", "badValue"},
            new String[] {"Алаш^x", "badValue"},
            new String[] {"Сейфуллин~5", "badValue"},
            new String[] {"person:Рыск*", "badValue"});

    @Test
    void everyReasonIsSaidInEachLanguageAndTheExceptionKeepsItsEnglish() {
        for (String[] bad : BAD) {
            QuerySyntaxException e = catchThrowableOfType(QuerySyntaxException.class, () -> QueryParser.parse(bad[0]));
            assertThat(e).as(bad[0]).isNotNull();
            assertThat(e.reason().key()).as(bad[0]).isEqualTo(bad[1]);
            assertThat(e.getMessage()).as("the CLI's English").isEqualTo(e.reason().english())
                    .matches(bad[1].equals("empty") ? "the query is empty: .*" : "cannot read the query '.*': .*");
            String en = Pages.reason(Ui.of("en"), e.reason());
            String ru = Pages.reason(Ui.of("ru"), e.reason());
            String kk = Pages.reason(Ui.of("kk"), e.reason());
            for (String said : List.of(en, ru, kk)) {
                assertThat(said).as(bad[0]).doesNotContain("{", "query.").isNotBlank();
                if (e.reason().query() != null && !e.reason().query().isEmpty()) assertThat(said).contains(e.reason().query());
            }
            assertThat(ru).as(bad[0]).isNotEqualTo(en).doesNotContain("cannot read", "does not fit", " takes ");
            assertThat(kk).as(bad[0]).isNotEqualTo(en).isNotEqualTo(ru).doesNotContain("cannot read", "does not fit", " takes ");
        }
    }

    @Test
    void aReasonOfAnotherLayerWithoutAKeyIsShownAsItIs() {
        QuerySyntaxException e = new QuerySyntaxException("the search cluster refused the query");
        assertThat(Pages.reason(Ui.of("ru"), e.reason())).isEqualTo("the search cluster refused the query");
    }
}
