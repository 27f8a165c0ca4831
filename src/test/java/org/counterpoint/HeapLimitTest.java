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
        assertThat(cmd).hasValue(List.of("/jdk/bin/java", "-Xmx1g", "-Dcounterpoint.heapCapped=true", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Xmn256m", "-Dfile.encoding=UTF-8",
                "-cp", "counterpoint.jar", "org.counterpoint.Launcher", "import", "a.pdf", "--into", "p.counterpoint.json"));
        assertThat(HeapLimit.relaunch(List.of(), Optional.of("java"), "cp", new String[0], false).orElseThrow()).contains("-Xmx2g");
    }

    @Test
    void onlyACommandGetsTheShortRunPolicyAndAChoiceOfTheUsersIsKept() {
        List<String> window = HeapLimit.relaunch(List.of(), Optional.of("java"), "cp", new String[0], false).orElseThrow();
        assertThat(window).noneMatch(a -> a.startsWith("-XX:"));
        List<String> command = HeapLimit.relaunch(List.of("-XX:+UseG1GC", "-XX:-TieredCompilation"), Optional.of("java"), "cp",
                new String[] {"info", "p.counterpoint.json"}, true).orElseThrow();
        assertThat(command).doesNotContain("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC").contains("-XX:+UseG1GC", "-XX:-TieredCompilation");
        assertThat(HeapLimit.commandPolicy(List.of("-XX:TieredStopAtLevel=4"))).containsExactly("-XX:+UseSerialGC", "-Xmn256m");
        assertThat(HeapLimit.commandPolicy(List.of("-XX:TieredStopAtLevel=4", "-XX:NewRatio=3"))).containsExactly("-XX:+UseSerialGC");
        assertThat(HeapLimit.commandPolicy(List.of("-XX:+UseParallelGC"))).containsExactly("-XX:TieredStopAtLevel=1");
    }

    @Test
    void aJvmWhoseHeapIsWithinTheCapAlreadyIsNotStartedAgainUnlessACommandLacksItsPolicy() {
        long gb = 1L << 30;
        String[] command = {"info", "p.counterpoint.json"};
        assertThat(HeapLimit.relaunch(List.of(), Optional.of("java"), "cp", new String[0], false, 2 * gb)).isEmpty();
        assertThat(HeapLimit.relaunch(List.of(), Optional.of("java"), "cp", new String[0], false, 2 * gb + 1)).isPresent();
        assertThat(HeapLimit.relaunch(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"), Optional.of("java"), "cp", command, true, gb))
                .isEmpty();
        assertThat(HeapLimit.relaunch(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"), Optional.of("java"), "cp", command, true, gb + 1))
                .isPresent();
        assertThat(HeapLimit.relaunch(List.of(), Optional.of("java"), "cp", command, true, gb / 2)).isPresent();
        assertThat(HeapLimit.bytes("512m")).isEqualTo(512L << 20);
    }

    @Test
    void aHeapTheUserChoseIsKept() {
        for (String chosen : List.of("-Xmx512m", "-XX:MaxHeapSize=1g", "-XX:MaxRAMPercentage=10", "-Dcounterpoint.heapCapped=true")) {
            assertThat(HeapLimit.relaunch(List.of(chosen), Optional.of("java"), "cp", new String[] {"info", "x"}, true)).as(chosen).isEmpty();
        }
    }
}
