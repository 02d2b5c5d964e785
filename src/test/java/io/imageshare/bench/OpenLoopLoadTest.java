package io.imageshare.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class OpenLoopLoadTest {

    @Test
    void halfThePeakOnTheFewestConnectionsWithHeadroom() {
        TreeMap<Integer, Double> sweep = new TreeMap<>();
        sweep.put(1, 5_631.2);
        sweep.put(2, 13_113.8);
        sweep.put(4, 14_832.1);
        sweep.put(32, 15_569.3);

        OpenLoopLoad load = OpenLoopLoad.ofPeak(sweep, 0.5);

        assertThat(load.rate()).isEqualTo(7_785.0);
        assertThat(load.connections()).isEqualTo(2);
    }

    @Test
    void thePeaksConnectionsWhenNoRunHadTheHeadroom() {
        TreeMap<Integer, Double> sweep = new TreeMap<>();
        sweep.put(1, 1_000.0);
        sweep.put(4, 1_200.0);
        sweep.put(8, 1_100.0);

        OpenLoopLoad load = OpenLoopLoad.ofPeak(sweep, 1.0);

        assertThat(load.rate()).isEqualTo(1_200.0);
        assertThat(load.connections()).isEqualTo(4);
    }

    @Test
    void neverBelowOneRequestASecond() {
        TreeMap<Integer, Double> sweep = new TreeMap<>();
        sweep.put(1, 0.4);
        assertThat(OpenLoopLoad.ofPeak(sweep, 0.5).rate()).isEqualTo(1.0);
    }
}
