package org.tarikh.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EventTypeTest {
    @Test
    void wireNamesAreTheLowercaseWordsOfTheContractAndReadBack() {
        for (EventType t : EventType.values()) assertThat(EventType.of(t.wire())).isSameAs(t);
        assertThat(EventType.REHABILITATION.wire()).isEqualTo("rehabilitation");
        assertThatThrownBy(() -> EventType.of("wedding")).hasMessageContaining("wedding");
    }

    @Test
    void careerFactsAreThePostsSchoolsMembershipsAndAwards() {
        assertThat(Arrays.stream(EventType.values()).filter(EventType::career))
                .containsExactlyInAnyOrder(EventType.POSITION, EventType.EDUCATION, EventType.MEMBERSHIP, EventType.AWARD);
    }
}
