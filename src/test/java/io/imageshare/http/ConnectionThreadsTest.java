package io.imageshare.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class ConnectionThreadsTest {
    private static final Thread.UncaughtExceptionHandler IGNORE = (thread, error) -> { };

    @Test
    void theFirstThreadsUpToTheLimitArePlatformThreadsAndTheRestVirtual() {
        ConnectionThreads threads = new ConnectionThreads(2, IGNORE);
        Thread first = threads.newThread(() -> { });
        Thread second = threads.newThread(() -> { });
        Thread third = threads.newThread(() -> { });

        assertThat(first.isVirtual()).isFalse();
        assertThat(first.isDaemon()).isTrue();
        assertThat(first.getName()).startsWith("imageshare-connection-");
        assertThat(second.isVirtual()).isFalse();
        assertThat(third.isVirtual()).isTrue();
        assertThat(threads.platformInUse()).isEqualTo(2);
    }

    @Test
    void aPlatformThreadGivesItsPlaceBackWhenItsTaskEndsEvenByFailing() throws Exception {
        ConnectionThreads threads = new ConnectionThreads(1, IGNORE);
        Thread failing = threads.newThread(() -> {
            throw new IllegalStateException("the connection broke");
        });
        assertThat(threads.newThread(() -> { }).isVirtual()).isTrue();

        failing.start();
        failing.join();

        assertThat(threads.platformInUse()).isZero();
        assertThat(threads.newThread(() -> { }).isVirtual()).isFalse();
    }

    @Test
    void aPlatformThreadKeepsItsPlaceWhileItsTaskRuns() throws Exception {
        ConnectionThreads threads = new ConnectionThreads(1, IGNORE);
        CountDownLatch release = new CountDownLatch(1);
        Thread running = threads.newThread(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        running.start();

        assertThat(threads.newThread(() -> { }).isVirtual()).isTrue();
        release.countDown();
        running.join();
        assertThat(threads.newThread(() -> { }).isVirtual()).isFalse();
    }

    @Test
    void aLimitOfZeroGivesEveryConnectionAVirtualThread() {
        ConnectionThreads threads = new ConnectionThreads(0, IGNORE);
        assertThat(threads.newThread(() -> { }).isVirtual()).isTrue();
        assertThat(threads.platformInUse()).isZero();
    }

    @Test
    void theLimitIsTwoAProcessorUnlessThePropertySaysOtherwise() {
        String before = System.getProperty(ConnectionThreads.LIMIT_PROPERTY);
        try {
            System.clearProperty(ConnectionThreads.LIMIT_PROPERTY);
            assertThat(ConnectionThreads.configured(IGNORE).limit())
                    .isEqualTo(2 * Runtime.getRuntime().availableProcessors());
            System.setProperty(ConnectionThreads.LIMIT_PROPERTY, " 0 ");
            assertThat(ConnectionThreads.configured(IGNORE).limit()).isZero();
            System.setProperty(ConnectionThreads.LIMIT_PROPERTY, "many");
            assertThatThrownBy(() -> ConnectionThreads.configured(IGNORE))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole number");
            System.setProperty(ConnectionThreads.LIMIT_PROPERTY, "-1");
            assertThatThrownBy(() -> ConnectionThreads.configured(IGNORE))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 or more");
        } finally {
            if (before == null) {
                System.clearProperty(ConnectionThreads.LIMIT_PROPERTY);
            } else {
                System.setProperty(ConnectionThreads.LIMIT_PROPERTY, before);
            }
        }
    }
}
