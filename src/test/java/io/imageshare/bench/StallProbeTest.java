package io.imageshare.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The probe on a clock the test moves: each sleep takes what the test says, and lateness is counted from the asked 1 ms. */
class StallProbeTest {
    @Test
    void countsWakeUpsLaterThanTheStallLineAndKeepsTheLongest() {
        AtomicLong now = new AtomicLong();
        long[] sleeps = {1_000_000, 1_200_000, 41_000_000, 1_000_000, 7_000_000, 5_900_000};
        int[] next = {0};
        StallProbe probe = StallProbe.on(now::get, asked -> now.addAndGet(sleeps[next[0]++]));
        for (int i = 0; i < sleeps.length; i++) {
            probe.tick();
        }
        assertThat(probe.wakeUps()).isEqualTo(6);
        assertThat(probe.stalls()).isEqualTo(2); // 40 ms and 6 ms late; 4.9 ms is under the line
        assertThat(probe.longestMillis()).isEqualTo(40.0);
        assertThat(probe.summary()).isEqualTo("a 1 ms timer woke up to 40.0 ms late, 2 times over 5 ms (46 ms in all)");
    }

    @Test
    void theRealProbeWakesAboutEveryMillisecondUntilClosed() throws Exception {
        StallProbe probe = StallProbe.start();
        Thread.sleep(200);
        probe.close();
        long seen = probe.wakeUps();
        assertThat(seen).isBetween(20L, 220L);
        Thread.sleep(20);
        assertThat(probe.wakeUps()).isEqualTo(seen);
    }
}
