package org.tarikh.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DossierPlacesTest {

    @Test
    void claimDetailsGainTheResolvedPlaceAndKeepTheirOwn() {
        Map<String, String> details = Dossier.withPlace(Map.of("body", "тройка"), "в Семипалатинске");
        assertThat(details).containsEntry("body", "тройка").containsEntry("placeName", "Semey")
                .containsEntry("geonameId", "1519422");
    }

    @Test
    void unknownOrMissingPlaceLeavesDetailsAsTheyAre() {
        Map<String, String> details = Map.of("body", "тройка");
        assertThat(Dossier.withPlace(details, null)).isSameAs(details);
        assertThat(Dossier.withPlace(details, "нигде")).isSameAs(details);
    }
}
