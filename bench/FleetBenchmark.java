import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Shanghai's fleet on one machine: 7,000 sentries standing in Hongkou, of which REAL_DEVICES are real Keycloak
 * clients that beat through the API at the city's aggregate rate (7,000 devices, one beat per 30 s: 233/s); the
 * rest are rows with recent heartbeats. Times the heartbeat under that load and the vendor's and the district's
 * fleet views, prints the figures, and removes what it made: its devices (the real ones decommissioned first, their
 * Keycloak clients deleted), venues and model, and vendor3's company if the run registered it. Everything it makes
 * carries the run's own tag, and its code numbers are taken from the district's sequence, so that runs never collide
 * with each other or with anyone's data, and the clean-up removes this run's rows and no others. The audit trail
 * keeps what the run did: its entries are chained. Run by {@code bin/sitepass bench fleet}.
 */
public class FleetBenchmark {

    static final int DEVICES = 7_000;
    static final int REAL_DEVICES = 100;
    static final double BEATS_PER_SECOND = DEVICES / 30.0;
    static final int SECONDS = 60;

    public static void main(String[] args) throws Exception {
        try (Connection db = BenchRun.database()) {
            BenchRun.Fleet fleet = null;
            try {
                fleet = BenchRun.fleet();
                BenchRun.register(fleet, REAL_DEVICES);
                BenchRun.stand(db, fleet, DEVICES, DEVICES);
                List<String> tokens = new ArrayList<>();
                for (BenchRun.Device device : fleet.real()) {
                    tokens.add(BenchRun.clientToken(device));
                }
                load(tokens);
                String vendorToken = BenchRun.user(BenchRun.VENDOR);
                String officerToken = BenchRun.user("officer1");
                System.out.printf("%-44s %8s %8s %8s%n", "fleet view (20 runs each)", "median", "p95", "max");
                time("vendor fleet, first 200 of 7,000 devices", "/api/v1/devices?size=200", vendorToken);
                time("district fleet, Hongkou", "/api/v1/district-devices", officerToken);
            } finally {
                if (fleet != null) {
                    BenchRun.remove(db, fleet);
                }
            }
        }
    }

    /** Heartbeats from the real devices in turn, at the whole city's rate, for SECONDS. */
    static void load(List<String> tokens) throws InterruptedException {
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        ScheduledExecutorService pace = Executors.newScheduledThreadPool(1);
        long periodMicros = (long) (1_000_000 / BEATS_PER_SECOND);
        pace.scheduleAtFixedRate(() -> {
            String token = tokens.get(next.getAndIncrement() % tokens.size());
            String beat = "{\"firmwareVersion\":\"5.0.1\",\"uptimeSeconds\":100,\"queueLength\":0,\"deviceClock\":\""
                    + Instant.now() + "\"}";
            long t = System.nanoTime();
            BenchRun.HTTP.sendAsync(HttpRequest.newBuilder(URI.create(BenchRun.APP + "/api/v1/devices/heartbeat"))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(beat)).build(),
                    HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, error) -> {
                        latencies.add((System.nanoTime() - t) / 1e6);
                        if (error != null || response.statusCode() != 204) {
                            failures.incrementAndGet();
                        }
                    });
        }, 0, periodMicros, TimeUnit.MICROSECONDS);
        Thread.sleep(SECONDS * 1000L);
        pace.shutdown();
        Thread.sleep(3_000);
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("heartbeats: %,d in %d s (%.0f/s, target %.0f/s), failed %d; latency median %.1f ms,"
                        + " p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", sorted.size(), SECONDS,
                (double) sorted.size() / SECONDS, BEATS_PER_SECOND, failures.get(), BenchRun.pct(sorted, 0.5),
                BenchRun.pct(sorted, 0.95), BenchRun.pct(sorted, 0.99), sorted.get(sorted.size() - 1));
    }

    static void time(String label, String path, String token) throws Exception {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            long t = System.nanoTime();
            BenchRun.call("GET", path, token, null, 200);
            if (i >= 3) {
                millis.add((System.nanoTime() - t) / 1e6);
            }
        }
        Collections.sort(millis);
        System.out.printf("%-44s %6.1f ms %6.1f ms %6.1f ms%n", label, BenchRun.pct(millis, 0.5),
                BenchRun.pct(millis, 0.95), millis.get(millis.size() - 1));
    }
}
