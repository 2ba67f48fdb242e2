package org.tarikh.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteTextTest {
    @Test
    void markdownMarksAreNotPartOfTheQuote() {
        assertThat(QuoteText.readable("## M. Zhumabayev (1893-1938)", "markdown")).isEqualTo("M. Zhumabayev (1893-1938)");
        assertThat(QuoteText.readable("- Taught at the **Tashkent institute** (1923).", "markdown"))
                .isEqualTo("Taught at the Tashkent institute (1923).");
        assertThat(QuoteText.readable("| Дулатов | 1885 | 1935 |", "markdown")).isEqualTo("Дулатов · 1885 · 1935");
        assertThat(QuoteText.readable("See [the card](https://example.org/x) of __Ермеков__.", "markdown"))
                .isEqualTo("See the card of Ермеков.");
        assertThat(QuoteText.readable("> Арестован\n> в 1937 году.", "markdown")).isEqualTo("Арестован в 1937 году.");
    }

    @Test
    void otherFormatsAndOrdinaryAsterisksAreLeftAlone() {
        assertThat(QuoteText.readable("- 1937: **arrest**", "text")).isEqualTo("- 1937: **arrest**");
        assertThat(QuoteText.readable("Born 1894* (the family says 1896)", "markdown")).isEqualTo("Born 1894* (the family says 1896)");
        assertThat(QuoteText.readable(null, "markdown")).isEmpty();
    }
}
