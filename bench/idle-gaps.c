// One spinner of bench/idle-gaps: pinned to one CPU, it reads CLOCK_MONOTONIC in a loop and counts the
// gaps in which it did not run (another task, an interrupt or the host had the CPU).
//   idle-gaps CPU SECONDS GAPS_FILE    (each gap of 2 ms or more: "start-seconds length-ms" in GAPS_FILE)
// C, not Java: a JVM's own compiler, collector and safepoints would be among the gaps it counts.
#define _GNU_SOURCE
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static long long now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1000000000LL + t.tv_nsec;
}

int main(int argc, char **argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: idle-gaps CPU SECONDS GAPS_FILE\n");
        return 2;
    }
    int cpu = atoi(argv[1]);
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    if (sched_setaffinity(0, sizeof set, &set) != 0) {
        perror("sched_setaffinity");
        return 1;
    }
    FILE *log = fopen(argv[3], "w");
    if (log == NULL) {
        perror(argv[3]);
        return 1;
    }
    static const long long upper[] = {500000, 1000000, 2000000, 4000000, 8000000, 16000000, 32000000, 1LL << 62};
    static const char *names[] = {"0.2-0.5", "0.5-1", "1-2", "2-4", "4-8", "8-16", "16-32", "32+"};
    long counts[8] = {0};
    long long start = now(), last = start, end = start + (long long) (atof(argv[2]) * 1e9), lost = 0, longest = 0;
    while (last < end) {
        long long t = now(), gap = t - last;
        if (gap >= 200000) { // under 0.2 ms: the clock read itself and short interrupts
            int i = 0;
            while (gap >= upper[i]) i++;
            counts[i]++;
            lost += gap;
            if (gap > longest) longest = gap;
            if (gap >= 2000000) fprintf(log, "%.6f %.3f\n", last / 1e9, gap / 1e6);
        }
        last = t;
    }
    fclose(log);
    printf("CPU %d: not run %.2f%% of %.0f s, longest gap %.2f ms; gaps (ms):", cpu, 100.0 * lost / (end - start),
           (end - start) / 1e9, longest / 1e6);
    for (int i = 0; i < 8; i++) printf(" %s: %ld%s", names[i], counts[i], i < 7 ? "," : "\n");
    return 0;
}
