package org.counterpoint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.counterpoint.io.LoadedProject;
import org.counterpoint.io.SampleCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sample read while JavaFX starts is the sample, handed out once; later opens read it again. */
class StartupWarmUpTest {
    @AfterEach
    void forget() {
        StartupWarmUp.forgetSample();
    }

    @Test
    void theSampleReadAtStartIsTheSampleAndIsHandedOutOnce() throws Exception {
        StartupWarmUp.startInBackground();
        LoadedProject first = StartupWarmUp.takeSample();
        LoadedProject fresh = SampleCase.load();
        assertThat(first.project()).isEqualTo(fresh.project());
        assertThat(first.changedOnLoad()).isEqualTo(fresh.changedOnLoad());

        LoadedProject second = StartupWarmUp.takeSample();
        assertThat(second).as("a second open reads the sample again").isNotSameAs(first);
        assertThat(second.project()).isEqualTo(fresh.project());
    }

    @Test
    void withoutAWarmUpTheSampleIsReadWhenOpened() throws Exception {
        assertThat(StartupWarmUp.takeSample().project()).isEqualTo(SampleCase.load().project());
    }
}
