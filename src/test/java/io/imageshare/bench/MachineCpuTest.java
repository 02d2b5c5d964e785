package io.imageshare.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MachineCpuTest {
    @Test
    void readsBusyTimeAndStealFromTheTotalLine() {
        MachineCpu.Ticks t = MachineCpu.parse("cpu  201911 5 106220 147634 1615 7 29828 3 0 0", 42);
        assertThat(t.busy()).as("all but idle and iowait").isEqualTo(201911 + 5 + 106220 + 7 + 29828);
        assertThat(t.steal()).isEqualTo(3);
        assertThat(t.nanoTime()).isEqualTo(42);
    }

    @Test
    void refusesAPerCpuLine() {
        assertThatThrownBy(() -> MachineCpu.parse("cpu0 1 2 3 4 5 6 7 8 9 10", 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRestIsTheMachinesTaskTimeLessOursOverTheSameSeconds() {
        // 10 s: 1,500 busy ticks = 150% of a core; ours 120% leaves 30%
        MachineCpu.Ticks from = new MachineCpu.Ticks(1_000, 0, 0);
        MachineCpu.Ticks to = new MachineCpu.Ticks(2_500, 0, 10_000_000_000L);
        assertThat(MachineCpu.rest(from, to, 120.0)).isEqualTo("the rest of the machine used 30.0% CPU (other"
                + " processes, the kernel's threads, interrupts)");
        MachineCpu.Ticks stolen = new MachineCpu.Ticks(2_500, 50, 10_000_000_000L);
        assertThat(MachineCpu.rest(from, stolen, 120.0)).endsWith("; the host took 5.0%");
    }

    @Test
    void readsThisMachine() {
        MachineCpu.Ticks t = MachineCpu.now();
        assertThat(t).as("Linux with /proc").isNotNull();
        assertThat(t.busy()).isPositive();
    }
}
