import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * The benchmarks' load generator, small enough not to be the limit on the machine it measures: HTTP/1.1 over plain
 * keep-alive sockets, one blocking thread per connection, requests made by the caller (so that every request may
 * carry its own body, token and sequence number) and sent either closed-loop (each connection sends its next request
 * when the answer to the last has come: saturation) or open-loop (requests due on a fixed schedule, each latency
 * measured from when it was due, so that a stalled server cannot hide its queue: the fixed-rate latency).
 */
final class LoadClient {

    /** What a connection sends next; what is kept of it is up to the caller. */
    record Request(byte[] bytes, int device, long sequence) {
    }

    /** Makes the requests and hears their answers; called from many connections' threads at once. */
    interface Workload {

        Request next(int connection);

        void answered(Request request, int status, byte[] body);
    }

    /** How one phase went. */
    record Phase(String name, String load, double seconds, long answered, long ioErrors, Map<Integer, Long> statuses,
                 long[] latencyMicros, Cpu.Shares cpu) {

        double perSecond(int status) {
            return statuses.getOrDefault(status, 0L) / seconds;
        }

        String statusesJson() {
            return statuses.entrySet().stream().map(e -> "\"" + e.getKey() + "\": " + e.getValue())
                    .collect(Collectors.joining(", ", "{", "}"));
        }

        double latencyMs(double percentile) {
            if (latencyMicros.length == 0) {
                return Double.NaN;
            }
            return latencyMicros[Math.max(0, (int) Math.ceil(latencyMicros.length * percentile) - 1)] / 1000.0;
        }
    }

    private final String host;
    private final int port;
    /**
     * After a lost answer, or one from a server not (yet) serving the app (404, 5xx), send the same request again
     * (what a device does) instead of the next one.
     */
    private final boolean retryLost;

    LoadClient(String url, boolean retryLost) {
        URI uri = URI.create(url);
        this.host = uri.getHost();
        this.port = uri.getPort() < 0 ? 80 : uri.getPort();
        this.retryLost = retryLost;
    }

    /** Each connection sends its next request as soon as its last is answered. */
    Phase closed(String name, int connections, Duration duration, Workload workload) throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        return closed(name, connections, () -> System.nanoTime() < end, workload);
    }

    /** The same for as long as {@code going} says; a request still unanswered then is finished. */
    Phase closed(String name, int connections, BooleanSupplier going, Workload workload)
            throws InterruptedException {
        Tally tally = new Tally();
        Cpu cpu = Cpu.start();
        long start = System.nanoTime();
        run(connections, c -> {
            try (Connection connection = new Connection()) {
                Request request = null;
                while (request != null || going.getAsBoolean()) {
                    if (request == null) {
                        request = workload.next(c);
                    }
                    long t = System.nanoTime();
                    request = exchange(connection, request, workload, tally, t) ? null
                            : retryLost ? request : null;
                }
            }
        });
        return tally.phase(name, connections + " connections", (System.nanoTime() - start) / 1e9, cpu.stop());
    }

    /**
     * Requests due every {@code 1/rate} s, whatever happened to the earlier ones, sent by whichever of the
     * connections is free; a request waiting for a free connection is late, and its latency counts the wait. A server
     * slower than the rate leaves requests unsent at the end: each counts with the time it had waited by then, a
     * lower bound of its latency, so that a server that falls behind cannot look fast.
     */
    Phase open(String name, double rate, int connections, Duration duration, Workload workload)
            throws InterruptedException {
        Tally tally = new Tally();
        AtomicLong tickets = new AtomicLong();
        double period = 1e9 / rate;
        long due = (long) (duration.toNanos() / period);
        Cpu cpu = Cpu.start();
        long start = System.nanoTime() + 10_000_000;
        long end = start + duration.toNanos();
        run(connections, c -> {
            try (Connection connection = new Connection()) {
                while (System.nanoTime() < end) {
                    long ticket = tickets.getAndIncrement();
                    if (ticket >= due) {
                        return;
                    }
                    long at = start + (long) (ticket * period);
                    long wait;
                    while ((wait = at - System.nanoTime()) > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    Request request = workload.next(c);
                    while (!exchange(connection, request, workload, tally, at) && retryLost) {
                        Thread.onSpinWait();
                    }
                }
            }
        });
        for (long ticket = Math.min(tickets.get(), due); ticket < due; ticket++) {
            tally.unsent(Math.max(0, end - start - (long) (ticket * period)) / 1000);
        }
        return tally.phase(name, String.format("%,.0f/s offered over %d connections", rate, connections),
                (System.nanoTime() - start) / 1e9, cpu.stop());
    }

    /** One request and its answer, its latency counted from {@code since}; false when the answer was lost. */
    private boolean exchange(Connection connection, Request request, Workload workload, Tally tally, long since) {
        try {
            ByteArrayOutputStream body = new ByteArrayOutputStream(512);
            int status = connection.exchange(request.bytes(), body);
            tally.add(status, (System.nanoTime() - since) / 1000);
            workload.answered(request, status, body.toByteArray());
            if (retryLost && (status == 404 || status >= 500)) {
                LockSupport.parkNanos(20_000_000); // a server starting up answers before the app is there
                return false;
            }
            return true;
        } catch (IOException e) {
            tally.ioErrors.incrementAndGet();
            connection.close();
            LockSupport.parkNanos(20_000_000); // a server that is down refuses at once: do not spin on it
            return false;
        }
    }

    private interface Loop {
        void run(int connection) throws InterruptedException;
    }

    private static void run(int connections, Loop loop) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            int connection = c;
            Thread thread = new Thread(() -> {
                try {
                    loop.run(connection);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "load-" + c);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    /** What the connections of one phase counted. */
    private static final class Tally {

        final AtomicLongArray statuses = new AtomicLongArray(600);
        final AtomicLong ioErrors = new AtomicLong();
        private final List<long[]> latencies = new ArrayList<>();
        private long[] current = new long[1 << 16];
        private int used;

        synchronized void add(int status, long micros) {
            statuses.incrementAndGet(status);
            latency(micros);
        }

        /** A request that was due but never sent: status 0. */
        synchronized void unsent(long micros) {
            add(0, micros);
        }

        private void latency(long micros) {
            if (used == current.length) {
                latencies.add(current);
                current = new long[current.length];
                used = 0;
            }
            current[used++] = micros;
        }

        synchronized Phase phase(String name, String load, double seconds, Cpu.Shares cpu) {
            int size = used;
            for (long[] full : latencies) {
                size += full.length;
            }
            long[] all = new long[size];
            int at = 0;
            for (long[] full : latencies) {
                System.arraycopy(full, 0, all, at, full.length);
                at += full.length;
            }
            System.arraycopy(current, 0, all, at, used);
            Arrays.sort(all);
            Map<Integer, Long> byStatus = new TreeMap<>();
            for (int s = 0; s < statuses.length(); s++) {
                if (statuses.get(s) > 0) {
                    byStatus.put(s, statuses.get(s));
                }
            }
            return new Phase(name, load, seconds, all.length - statuses.get(0), ioErrors.get(), byStatus, all, cpu);
        }
    }

    /** One keep-alive connection, opened when first needed and again after the server closed it. */
    private final class Connection implements AutoCloseable {

        private Socket socket;
        private InputStream in;
        private OutputStream out;

        int exchange(byte[] request, ByteArrayOutputStream body) throws IOException {
            if (socket == null) {
                socket = new Socket();
                socket.setTcpNoDelay(true);
                socket.setSoTimeout(30_000);
                socket.connect(new InetSocketAddress(host, port), 5_000);
                in = new BufferedInputStream(socket.getInputStream(), 16_384);
                out = socket.getOutputStream();
            }
            out.write(request);
            out.flush();
            String statusLine = line();
            if (statusLine.length() < 12 || !statusLine.startsWith("HTTP/1.")) {
                throw new IOException("not an HTTP answer: " + statusLine);
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = 0;
            boolean chunked = false;
            boolean closing = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase();
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closing = true;
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
                     size = Long.parseLong(line().split(";")[0].trim(), 16)) {
                    copy(size, body);
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers: nothing of ours is in them
                }
            } else {
                copy(length, body);
            }
            if (closing) {
                close();
            }
            return status;
        }

        private void copy(long length, ByteArrayOutputStream body) throws IOException {
            byte[] buffer = new byte[4096];
            while (length > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, length));
                if (n < 0) {
                    throw new IOException("the answer ended early");
                }
                body.write(buffer, 0, n);
                length -= n;
            }
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("the connection closed");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        @Override
        public void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException e) {
                    // closing a broken connection: there is nothing left to lose
                }
                socket = null;
            }
        }
    }

    /** A request line and headers for a JSON body, HTTP/1.1, kept alive. */
    static byte[] post(String host, String path, String token, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] request = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, request, head.length, body.length);
        return request;
    }

    static byte[] get(String host, String path) {
        return ("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }
}
