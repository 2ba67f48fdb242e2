package org.tarikh.resolve.places;

import org.tarikh.lexicon.Gazetteer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PlaceMentionsTest {
    private final Gazetteer gazetteer = Gazetteer.shared();
    private final PlaceMentions places = new PlaceMentions(gazetteer);

    private Set<String> names(String text) {
        return places.in(text).stream().map(id -> gazetteer.byId(id).orElseThrow().name())
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    @Test
    void findsPlacesInflectedAndUnderOldNamesInEveryScript() {
        assertThat(names("Арестован в Алма-Ате, расстрелян в Москве.")).containsExactly("Almaty", "Moscow");
        assertThat(names("In Semipalatinsk the famine was worst.")).containsExactly("Semey");
        assertThat(names("Ол Семейде оқыды, кейін Верныйға көшті.")).containsExactly("Semey", "Almaty");
    }

    @Test
    void partsOfLongerNamesAbbreviationsAndLowerCaseWordsAreNotPlaces() {
        assertThat(names("Партия Алаш Орда была распущена.")).isEmpty();
        assertThat(names("Политика «Малый Октябрь» началась в 1928 году.")).isEmpty();
        assertThat(names("После Октябрьской революции Ленин и Киров …")).isEmpty();
        assertThat(names("ОГПУ и НКВД")).isEmpty();
        assertThat(names("the famine in the steppe")).isEmpty();
    }

    @Test
    void aPersonOfTheTextIsNotTheVillageNamedAfterHim() {
        Set<String> withPersons = places.in("Turar Ryskulov wrote from Moscow.",
                word -> word.equals("Ryskulov") || word.equals("Turar"));
        assertThat(withPersons).extracting(id -> gazetteer.byId(id).orElseThrow().name()).containsExactly("Moscow");
    }

    @Test
    void theNamesakeOfAnInstitutionIsNotTheTownOfThatName() {
        // Абай is a town too; "named after" names the poet
        assertThat(names("Он учился в педагогическом институте имени Абая в Алма-Ате.")).containsExactly("Almaty");
        assertThat(names("Ол Абай атындағы театрда Семейде ойнады.")).containsExactly("Semey");
        assertThat(names("A school named after Abai opened in Semipalatinsk.")).containsExactly("Semey");
        // the town itself is still a place
        assertThat(names("Шахтёры приехали в Абай из Караганды.")).contains("Abay");
    }

    @Test
    void aQuotedNameIsATitleNotThePlace() {
        // the journal «Абай» and the newspaper "Kazakh" are titles; the town Abay and Semey stay places
        assertThat(names("Ол Семейде «Абай» журналын шығарды.")).containsExactly("Semey");
        assertThat(names("He edited the journal \u201cAbai\u201d in Semipalatinsk.")).containsExactly("Semey");
        assertThat(names("Журнал «Абай» выходил в Семипалатинске, потом он уехал в Абай.")).containsExactly("Semey", "Abay");
    }

    @Test
    void neverThrowsOnOddText() {
        assertThat(places.in("")).isEmpty();
        assertThat(places.in(null)).isEmpty();
        assertThat(places.in("Ä-'’ - \u00A0 Ы Ъ")).isEmpty();
    }

    /** The scan for candidate runs finds what the rule's pattern finds, run for run. */
    @Test
    void runsAreThoseOfThePattern() {
        String[] pieces = {"А", "б", "Семей", "Ақ", "Мешіт", "alma", "Ata", " ", " ", "\u00A0", "-", "'", "’", ".", "«",
                "\u0301", "𝐀", "𝐚", "ǅ", "1", "\n", "Ⅻ", "\uD835"};
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(25); i > 0; i--) b.append(pieces[random.nextInt(pieces.length)]);
            String text = b.toString();
            java.util.List<String> expected = new java.util.ArrayList<>();
            java.util.regex.Matcher m = PlaceMentions.RUN.matcher(text);
            while (m.find()) expected.add(m.start() + "-" + m.end());
            java.util.List<String> found = new java.util.ArrayList<>();
            for (int[] run = PlaceMentions.nextRun(text, 0); run != null; run = PlaceMentions.nextRun(text, run[1])) {
                found.add(run[0] + "-" + run[1]);
            }
            assertThat(found).as(text).isEqualTo(expected);
        }
    }
}
