package io.imageshare.bench;

import io.imageshare.http.ImageShareServer;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * What a run sends: for each worker a source of freshly signed requests. Names are the report's
 * (docs/benchmarks.md); {@code noop} and {@code nginx} send ecs-describe's request elsewhere, so that
 * the same bytes measure the limit of the stack beneath.
 */
public record Scenario(String name, WorkerSources sources) {
    public static final List<String> NAMES = List.of("ecs-describe", "ecs-describe-ram", "ens-describe", "swas-list",
            "cvm-describe", "ecs-modify", "mix-95-5", "ecs-page-first", "ecs-page-last", "noop", "nginx");
    /** A fixed seed: two runs of mix-95-5 send the same sequence of reads and writes. */
    private static final long MIX_SEED = 95_05L;

    /** Makes each worker's request source; called once per worker, on the worker's thread. */
    public interface WorkerSources {
        Supplier<WireRequest> forWorker(int worker);
    }

    static Scenario of(String name, SignedCalls calls, String nginxPath) {
        return new Scenario(name, switch (name) {
            case "ecs-describe" -> w -> () -> describe(calls);
            case "ecs-describe-ram" -> w -> calls::ecsDescribeAsRamUser;
            case "ens-describe" -> w -> calls::ensDescribe;
            case "swas-list" -> w -> calls::swasList;
            case "cvm-describe" -> w -> calls::cvmDescribe;
            case "ecs-modify" -> w -> modify(calls, w);
            case "mix-95-5" -> w -> mix(calls, w);
            case "ecs-page-first" -> w -> () -> page(calls, 1);
            case "ecs-page-last" -> w -> () -> page(calls, Fixture.PAGE_RECIPIENTS / Fixture.PAGE_SIZE);
            case "noop" -> w -> () -> describe(calls).withPath(ImageShareServer.BENCH_NOOP_PATH);
            case "nginx" -> w -> () -> describe(calls).withPath(nginxPath);
            default -> throw new IllegalArgumentException("unknown scenario '" + name + "' (" + NAMES + ")");
        });
    }

    private static WireRequest describe(SignedCalls calls) {
        return calls.ecsDescribe(Fixture.ECS_DESCRIBE_IMAGE, 1, 10);
    }

    private static WireRequest page(SignedCalls calls, int number) {
        return calls.ecsDescribe(Fixture.ECS_PAGE_IMAGE, number, Fixture.PAGE_SIZE);
    }

    /**
     * Each worker adds, then removes, one recipient of its own, so the image never holds more than
     * {@link Fixture#MODIFY_RECIPIENTS} (under ECS's 50) and every change really changes a row.
     */
    private static Supplier<WireRequest> modify(SignedCalls calls, int worker) {
        List<String> recipient = List.of(Fixture.pageRecipient(worker % Fixture.MODIFY_RECIPIENTS));
        boolean[] add = {true};
        return () -> {
            WireRequest r = add[0] ? calls.ecsModify(Fixture.ECS_MODIFY_IMAGE, recipient, List.of())
                    : calls.ecsModify(Fixture.ECS_MODIFY_IMAGE, List.of(), recipient);
            add[0] = !add[0];
            return r;
        };
    }

    private static Supplier<WireRequest> mix(SignedCalls calls, int worker) {
        SplittableRandom random = new SplittableRandom(MIX_SEED + worker);
        Supplier<WireRequest> writes = modify(calls, worker);
        return () -> random.nextInt(100) < 5 ? writes.get() : describe(calls);
    }
}
