package org.counterpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeapLimitTest {
    @Test
    void aJvmWithoutAHeapSettingIsStartedAgainWithTheCapAndTheSameArguments() {
        Optional<List<String>> cmd = HeapLimit.relaunch(List.of("-Dfile.encoding=UTF-8"), Optional.of("/jdk/bin/java"), "counterpoint.jar",
                new String[] {"import", "a.pdf", "--into", "p.counterpoint.json"}, true);
        assertThat(cmd).hasValue(List.of("/jdk/bin/java", "-Xmx1g", "-Dcounterpoint.heapCapped=true", "-Dfile.encoding=UTF-8",
                "-cp", "counterpoint.jar", "org.counterpoint.Launcher", "import", "a.pdf", "--into", "p.counterpoint.json"));
        assertThat(HeapLimit.relaunch(List.of(), Optional.of("java"), "cp", new String[0], false).orElseThrow()).contains("-Xmx2g");
    }

    @Test
    void aHeapTheUserChoseIsKept() {
        for (String chosen : List.of("-Xmx512m", "-XX:MaxHeapSize=1g", "-XX:MaxRAMPercentage=10", "-Dcounterpoint.heapCapped=true")) {
            assertThat(HeapLimit.relaunch(List.of(chosen), Optional.of("java"), "cp", new String[] {"info", "x"}, true)).as(chosen).isEmpty();
        }
    }
}
