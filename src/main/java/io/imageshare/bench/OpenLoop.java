package io.imageshare.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * One thread of an open-loop run: its connections non-blocking under one selector, each send at its
 * scheduled time, latency from that time (queueing counted). A thread per connection, as the closed
 * loop has, costs two thread wake-ups a request (the timed send, the answer): on a machine the load
 * generator shares with the server, that CPU is the server's loss. Here a thread wakes for whatever is
 * due or has come, often several at once; {@link LoadRun} runs one per core, each with every k-th
 * connection.
 *
 * <p>Sends are due every {@code 1 / rate} seconds. Shared ({@link LoadRun.Arrivals#SHARED}) the next
 * due send goes out on any free connection of any loop, as from a client's connection pool: the loops
 * draw the sends from one counter ({@link Sends}). Each loop wakes only at its own turns (every k-th
 * send), so the loops do not both wake for every send, but takes every send that is due when it wakes:
 * a loop the machine leaves unrun for milliseconds, or whose connections are all busy, delays the sends
 * of its turns by one gap where another loop has a free connection, not by its stall (docs/adr/0020).
 * Per connection, each connection has its own evenly spaced share. Between sends a loop sleeps to its
 * next one and takes the answers that came meanwhile when it wakes, so an answer's time may be taken up
 * to one gap between sends late.
 */
final class OpenLoop extends Sender {
    /** An answer not complete this long after its send is an error, as the blocking client's read timeout. */
    private static final long TIMEOUT_NANOS = 30_000_000_000L;

    /** The run's clock: sends from {@code start}, recorded from {@code measureFrom}, none at or after {@code end}. */
    record Times(long start, long measureFrom, long end) {
    }

    /** Shared arrivals: the number of the next send of the run not yet taken, by whichever loop takes it. */
    static final class Sends {
        private final AtomicLong next = new AtomicLong();

        /** The next send not yet taken. */
        long peek() {
            return next.get();
        }

        /** Takes send {@code n} if no loop has taken it since {@link #peek()} returned it. */
        boolean take(long n) {
            return next.compareAndSet(n, n + 1);
        }
    }

    private final Endpoint endpoint;
    private final Scenario scenario;
    private final LoadRun.Settings settings;
    private final Times times;
    private final Sends sends;
    private final int part;
    private final int parts;
    private final List<Connection> connections = new ArrayList<>();
    private final ArrayDeque<Connection> free = new ArrayDeque<>();
    private Selector selector;
    private int inFlight;

    /**
     * @param sends the run's sends, which the loops share (shared arrivals; unused per connection)
     * @param part  which of {@code parts} loops: it owns connections part, part + parts, … and wakes for
     *              the sends of those numbers
     */
    OpenLoop(Endpoint endpoint, Scenario scenario, LoadRun.Settings settings, Times times, Sends sends,
             int part, int parts) {
        this.endpoint = endpoint;
        this.scenario = scenario;
        this.settings = settings;
        this.times = times;
        this.sends = sends;
        this.part = part;
        this.parts = parts;
    }

    @Override
    void send() throws IOException {
        try (Selector s = Selector.open()) {
            selector = s;
            for (int i = part; i < settings.concurrency(); i += parts) {
                Connection c = new Connection(i, scenario.sources().forWorker(i));
                connections.add(c);
                free.add(c);
            }
            try {
                loop();
            } finally {
                connections.forEach(Connection::disconnect);
            }
        }
    }

    private void loop() throws IOException {
        long lastTimeoutCheck = times.start();
        while (true) {
            long now = System.nanoTime();
            long nextDue = sendDue(now);
            if (nextDue == Long.MAX_VALUE && inFlight == 0) {
                return; // every send of the run is made and answered
            }
            long wait = nextDue == Long.MAX_VALUE ? TIMEOUT_NANOS : nextDue - System.nanoTime();
            if (wait <= 0) {
                selector.selectNow();
            } else if (inFlight == 0) {
                LockSupport.parkNanos(wait); // no answer can come: sleep to the next send exactly
                continue;
            } else if (wait < 1_000_000) {
                // The selector waits in whole milliseconds: sleep to the send instead, and take the
                // answers that came meanwhile then.
                LockSupport.parkNanos(wait);
                selector.selectNow();
            } else {
                selector.select(Math.min(1_000, wait / 1_000_000));
            }
            for (SelectionKey key : selector.selectedKeys()) {
                Connection c = (Connection) key.attachment();
                if (key.isValid() && key.isWritable()) {
                    c.writeRest();
                }
                if (key.isValid() && key.isReadable()) {
                    c.read();
                }
            }
            selector.selectedKeys().clear();
            if (now - lastTimeoutCheck > 100_000_000L) {
                lastTimeoutCheck = now;
                for (Connection c : connections) {
                    if (c.intended >= 0 && now - c.sentAt > TIMEOUT_NANOS) {
                        c.fail("SocketTimeoutException");
                    }
                }
            }
        }
    }

    /** Sends what is due on free connections; returns when the next send is due (MAX_VALUE: none to wait for). */
    private long sendDue(long now) {
        if (settings.arrivals() == LoadRun.Arrivals.SHARED) {
            while (!free.isEmpty()) {
                long n = sends.peek();
                long due = due(n);
                if (due >= times.end()) {
                    return Long.MAX_VALUE;
                }
                if (due > now) {
                    // Wake at this loop's own next turn; another loop's turn before it is that loop's to take.
                    long turn = n + Math.floorMod(part - n, parts);
                    return Math.min(due(turn), times.end() - 1);
                }
                if (sends.take(n)) {
                    free.poll().send(due);
                }
            }
            return Long.MAX_VALUE; // every connection busy: an answer wakes the loop
        }
        for (int i = free.size(); i > 0; i--) {
            Connection c = free.poll();
            long due = due(c.nextOwn());
            if (due <= now && due < times.end()) {
                c.claimed++;
                c.send(due); // a send that fails at once puts the connection back among the free
            } else {
                free.add(c);
            }
        }
        long next = Long.MAX_VALUE;
        for (Connection c : free) {
            long due = due(c.nextOwn());
            if (due < times.end()) {
                next = Math.min(next, due);
            }
        }
        return next;
    }

    /** When the run's n-th send is due. */
    private long due(long n) {
        return times.start() + (long) (n * 1e9 / settings.rate());
    }

    /** One keep-alive connection: at most one request outstanding, its answer parsed when all of it came. */
    private final class Connection {
        final int index;
        final Supplier<WireRequest> source;
        SocketChannel channel;
        SelectionKey key;
        ByteBuffer unwritten;
        byte[] in = new byte[16384];
        int received;
        /** The scheduled time of the send outstanding, or -1 when free. */
        long intended = -1;
        long sentAt;
        /** Per connection: how many of its sends it has made. */
        long claimed;

        /** Per connection: the run's number of this connection's next send. */
        long nextOwn() {
            return index + claimed * settings.concurrency();
        }

        Connection(int index, Supplier<WireRequest> source) {
            this.index = index;
            this.source = source;
        }

        void send(long due) {
            intended = due;
            sentAt = System.nanoTime();
            inFlight++;
            received = 0;
            try {
                if (channel == null) {
                    connect();
                }
                unwritten = ByteBuffer.wrap(source.get().encode());
                writeRest();
            } catch (IOException e) {
                fail(e.getClass().getSimpleName());
            }
        }

        void writeRest() {
            try {
                channel.write(unwritten);
                key.interestOps(unwritten.hasRemaining() ? SelectionKey.OP_READ | SelectionKey.OP_WRITE
                        : SelectionKey.OP_READ);
            } catch (IOException e) {
                fail(e.getClass().getSimpleName());
            }
        }

        void read() {
            try {
                if (received == in.length) {
                    if (in.length >= HttpConnection.MAX_ANSWER) {
                        throw new IOException("an answer longer than " + HttpConnection.MAX_ANSWER + " bytes");
                    }
                    in = Arrays.copyOf(in, in.length * 2);
                }
                int r = channel.read(ByteBuffer.wrap(in, received, in.length - received));
                if (r > 0) {
                    received += r;
                }
                if (intended < 0) {
                    if (r < 0) {
                        disconnect(); // closed while idle: reopened at the next send
                    } else if (r > 0) {
                        throw new IOException("bytes from the server with no request outstanding");
                    }
                    return;
                }
                ResponseParser.Parsed answer = ResponseParser.parse(in, 0, received, r < 0);
                if (answer == null) {
                    return;
                }
                if (answer.length() != received) {
                    throw new IOException("more bytes than one answer");
                }
                if (answer.close() || r < 0) {
                    disconnect();
                }
                done(answer.status(), ErrorCode.of(answer.status(), answer.body()));
            } catch (IOException e) {
                fail(e.getClass().getSimpleName());
            }
        }

        /** The request outstanding failed (recorded as the exception's name); a new socket for the next. */
        void fail(String error) {
            disconnect();
            if (intended >= 0) {
                done(0, error);
            }
        }

        private void done(int status, String error) {
            long sent = intended;
            intended = -1;
            inFlight--;
            free.add(this);
            if (sent >= times.measureFrom()) {
                record(sent, sentAt, System.nanoTime(), status, error);
            }
        }

        private void connect() throws IOException {
            SocketChannel ch = SocketChannel.open();
            try {
                ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
                ch.connect(new InetSocketAddress(endpoint.host(), endpoint.port()));
                ch.configureBlocking(false);
                key = ch.register(selector, SelectionKey.OP_READ, this);
            } catch (IOException e) {
                ch.close();
                throw e;
            }
            channel = ch;
        }

        void disconnect() {
            if (channel != null) {
                key.cancel();
                try {
                    channel.close();
                } catch (IOException e) {
                    // a broken socket: nothing left to do
                }
                channel = null;
            }
        }
    }
}
