package io.imageshare.it;

import io.imageshare.ImageShare;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Two servers on one fresh PostgreSQL database with one master key: two nodes of one service, as
 * an operator runs them behind a load balancer. Skips the test, loudly, without PostgreSQL.
 * Closing stops both and drops the database.
 */
public final class TwoNodes implements AutoCloseable {
    private final Path dir;
    private TestServer a;
    private TestServer b;

    private TwoNodes(Path dir) {
        this.dir = dir;
    }

    public static TwoNodes start(UnaryOperator<ImageShare.Settings> adjust) {
        TwoNodes nodes = new TwoNodes(TestServer.createTempDir());
        try {
            nodes.a = TestServer.start(TestBackend.POSTGRES, nodes.dir, adjust);
            nodes.b = TestServer.start(TestBackend.POSTGRES, nodes.dir, adjust);
            return nodes;
        } catch (RuntimeException | Error e) {
            nodes.close();
            throw e;
        }
    }

    public TestServer a() {
        return a;
    }

    public TestServer b() {
        return b;
    }

    /** Node a for even i, b for odd: requests alternate between the nodes. */
    public TestServer node(int i) {
        return i % 2 == 0 ? a : b;
    }

    @Override
    public void close() {
        if (b != null) {
            b.stop();
        }
        if (a != null) {
            a.close();
        }
        TestServer.deleteRecursively(dir);
    }
}
