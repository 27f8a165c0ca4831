package org.counterpoint.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void readsAndWritesTheThreePrecisions() {
        assertThat(PartialDate.parse("2023").toString()).isEqualTo("2023");
        assertThat(PartialDate.parse("2023-08").toString()).isEqualTo("2023-08");
        assertThat(PartialDate.parse(" 2023-10-25 ").toString()).isEqualTo("2023-10-25");
        assertThat(PartialDate.parse("2023-08").display()).isEqualTo("Aug 2023");
        assertThat(PartialDate.parse("2023-10-25").display()).isEqualTo("25 Oct 2023");
    }

    @Test
    void refusesWhatIsNotACalendarDateWithASentence() {
        assertThatThrownBy(() -> PartialDate.parse("25/10/2023")).hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> PartialDate.parse("2023-02-30")).hasMessageContaining("not a calendar date");
        assertThatThrownBy(() -> PartialDate.parse("2023-13")).hasMessageContaining("month 13");
    }

    @Test
    void ordersByWhatIsKnown() {
        assertThat(PartialDate.parse("2023-08")).isLessThan(PartialDate.parse("2023-08-01"));
        assertThat(PartialDate.parse("2023-10-25")).isGreaterThan(PartialDate.parse("2023-10-24"));
        assertThat(PartialDate.parse("2023-08").earliest().toString()).isEqualTo("2023-08-01");
    }
}
