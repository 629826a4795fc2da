import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The door check at Shanghai's size on one machine: 1,000,000 residents (generated where fewer are there), 70,000
 * Hongkou venues with active site codes, 7,000 sentries deployed at them of which REAL_DEVICES are real Keycloak
 * clients that check people through {@code POST /api/v1/entry-checks}. After a warm-up long enough for the JIT it
 * measures the verdicts per second at saturation with 64 and 256 connections, the latency at a fixed offered rate of
 * 1,650 checks a second (open loop), and, in the same run, the same closed-loop load against {@code GET /api/v1/ping},
 * which does nothing; then it finds every acknowledged check in the pass records exactly once. It prints the figures
 * with where the CPU went (the load client included, to show it is not the limit) and what the app spent it on, and
 * writes them to {@code target/bench/entry-checks.json}. It removes its venues and devices afterwards (their pass
 * records stay: records leave by the retention purge); the residents stay for the next run. Run by
 * {@code bin/sitepass bench entry-checks}.
 */
public class EntryCheckBenchmark {

    static final int RESIDENTS = 1_000_000;
    static final int VENUES = 70_000;
    static final int SENTRIES = 7_000;
    static final int REAL_DEVICES = 256;
    static final int PEOPLE_SHOWING_CODES = 20_000;
    /** On 2 cores the JIT's C2 thread still takes a quarter of the app's CPU two minutes into the load. */
    static final Duration WARM_UP = Duration.ofSeconds(Long.parseLong(BenchRun.env("SITEPASS_BENCH_WARMUP", "180")));
    static final Duration PHASE = Duration.ofSeconds(Long.parseLong(BenchRun.env("SITEPASS_BENCH_SECONDS", "60")));
    static final int[] CONNECTIONS = {64, 256};
    static final double RATE = 1_650;
    static final int OPEN_LOOP_CONNECTIONS = 128;
    static final Path OUT = Path.of(BenchRun.env("SITEPASS_BENCH_DIR", "target/bench"));

    public static void main(String[] args) throws Exception {
        Instant started = Instant.now();
        String host = URI.create(BenchRun.APP).getAuthority();
        try (Connection db = BenchRun.database()) {
            ResidentsGenerator.generate(db, RESIDENTS);
            BenchRun.Fleet fleet = BenchRun.fleet();
            Door door = null;
            try {
                BenchRun.register(fleet, REAL_DEVICES);
                long t = System.nanoTime();
                BenchRun.stand(db, fleet, VENUES, SENTRIES);
                System.out.printf("%,d venues of %s with active site codes, %,d sentries deployed at them, in %.1f s%n",
                        VENUES, BenchRun.GENERATOR, SENTRIES, (System.nanoTime() - t) / 1e9);
                door = new Door(fleet.real(), host, Door.people(db, PEOPLE_SHOWING_CODES, RESIDENTS), RESIDENTS);
                Results results = measure(door, host);
                Door.Proof proof = door.proof(db, started);
                System.out.println(proof);
                Profile.Summary profile = results.profile.summary();
                if (profile != null) {
                    System.out.print(profile);
                }
                write(results, proof, profile, door);
                if (!proof.holds()) {
                    throw new IllegalStateException("an acknowledged check is missing or stored twice");
                }
            } finally {
                if (door != null) {
                    door.stop();
                }
                BenchRun.remove(db, fleet);
            }
        }
    }

    record Results(List<LoadClient.Phase> checks, LoadClient.Phase latency, List<LoadClient.Phase> pings,
                   Profile profile) {
    }

    static Results measure(Door door, String host) throws Exception {
        LoadClient client = new LoadClient(BenchRun.APP, false);
        door.tokensFor(WARM_UP);
        door.spreadOver(CONNECTIONS[0]);
        System.out.printf("warming up for %d s (entry checks, %d connections)%n", WARM_UP.toSeconds(),
                CONNECTIONS[0]);
        print(client.closed("warm-up", CONNECTIONS[0], WARM_UP, door), door);
        Profile profile = new Profile(OUT.resolve("entry-checks.jfr"));
        List<LoadClient.Phase> checks = new ArrayList<>();
        for (int connections : CONNECTIONS) {
            door.tokensFor(PHASE);
            door.spreadOver(connections);
            if (connections == CONNECTIONS[CONNECTIONS.length - 1]) {
                profile.record(PHASE.dividedBy(4), PHASE.dividedBy(2));
            }
            checks.add(print(client.closed("entry checks, saturation", connections, PHASE, door), door));
        }
        door.tokensFor(PHASE);
        door.spreadOver(OPEN_LOOP_CONNECTIONS);
        LoadClient.Phase latency = print(client.open("entry checks, fixed rate", RATE, OPEN_LOOP_CONNECTIONS, PHASE,
                door), door);
        Ping ping = new Ping(host);
        client.closed("ping warm-up", CONNECTIONS[0], Duration.ofSeconds(10), ping);
        List<LoadClient.Phase> pings = new ArrayList<>();
        for (int connections : CONNECTIONS) {
            pings.add(print(client.closed("ping (does nothing)", connections, PHASE, ping), null));
        }
        System.out.println();
        for (int i = 0; i < CONNECTIONS.length; i++) {
            System.out.printf("%d connections: %,.0f verdicts/s, %.0f %% of the do-nothing endpoint's %,.0f/s%n",
                    CONNECTIONS[i], checks.get(i).perSecond(200),
                    100 * checks.get(i).perSecond(200) / pings.get(i).perSecond(204), pings.get(i).perSecond(204));
        }
        System.out.printf("fixed rate %,.0f/s: %,.0f answered/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n", RATE,
                latency.perSecond(200), latency.latencyMs(0.5), latency.latencyMs(0.95), latency.latencyMs(0.99));
        return new Results(checks, latency, pings, profile);
    }

    static LoadClient.Phase print(LoadClient.Phase phase, Door door) {
        String others = phase.statuses().entrySet().stream().filter(e -> e.getKey() != 200 && e.getKey() != 204)
                .map(e -> (e.getKey() == 0 ? "never sent, the server too slow" : e.getKey()) + ": " + e.getValue())
                .collect(Collectors.joining(", "));
        System.out.printf("%-26s %-36s %,9.0f/s ok  p50 %6.1f ms  p99 %7.1f ms  max %7.1f ms  failed %s%s%n",
                phase.name(), phase.load(), phase.perSecond(200) + phase.perSecond(204), phase.latencyMs(0.5),
                phase.latencyMs(0.99), phase.latencyMs(1.0), others.isEmpty() ? "0" : others,
                phase.ioErrors() > 0 ? ", lost answers: " + phase.ioErrors() : "");
        System.out.println("    " + phase.cpu() + (door == null ? ""
                : String.format("; so far %,d PASS, %,d STOP", door.passes(), door.stops())));
        return phase;
    }

    static void write(Results results, Door.Proof proof, Profile.Summary profile, Door door) throws Exception {
        StringBuilder json = new StringBuilder("{\n  \"run\": \"" + BenchRun.TAG + "\",\n  \"at\": \""
                + Instant.now() + "\",\n  \"cores\": " + Runtime.getRuntime().availableProcessors()
                + ",\n  \"data\": {\"residents\": " + RESIDENTS + ", \"venues\": " + VENUES + ", \"sentries\": "
                + SENTRIES + ", \"realDevices\": " + REAL_DEVICES + "},\n  \"warmUpSeconds\": " + WARM_UP.toSeconds()
                + ",\n  \"saturation\": [\n");
        for (int i = 0; i < results.checks().size(); i++) {
            LoadClient.Phase checks = results.checks().get(i);
            LoadClient.Phase ping = results.pings().get(i);
            json.append(String.format("    {\"connections\": %d, \"verdictsPerSecond\": %.1f,"
                            + " \"pingPerSecond\": %.1f, \"ratioToPing\": %.3f,%n     \"entryChecks\": %s,%n"
                            + "     \"ping\": %s}%s%n", CONNECTIONS[i], checks.perSecond(200), ping.perSecond(204),
                    checks.perSecond(200) / ping.perSecond(204), phase(checks), phase(ping),
                    i + 1 < results.checks().size() ? "," : ""));
        }
        json.append("  ],\n  \"fixedRate\": ").append(String.format("{\"offeredPerSecond\": %.0f, \"phase\": %s}",
                RATE, phase(results.latency())));
        json.append(",\n  \"verdicts\": {\"PASS\": ").append(door.passes()).append(", \"STOP\": ")
                .append(door.stops()).append("},\n  \"durability\": ").append(proof.json());
        json.append(",\n  \"profile\": ").append(profile == null ? "null" : profile.json()).append("\n}\n");
        Files.createDirectories(OUT);
        Files.writeString(OUT.resolve("entry-checks.json"), json);
        System.out.println("written to " + OUT.resolve("entry-checks.json"));
    }

    static String phase(LoadClient.Phase phase) {
        return String.format("{\"name\": \"%s\", \"load\": \"%s\", \"seconds\": %.1f, \"answered\": %d,"
                        + " \"statuses\": %s, \"lostAnswers\": %d, \"latencyMs\": {\"p50\": %.2f, \"p95\": %.2f,"
                        + " \"p99\": %.2f, \"max\": %.2f}, \"cpuCores\": %s}", phase.name(), phase.load(),
                phase.seconds(), phase.answered(), phase.statusesJson(), phase.ioErrors(), phase.latencyMs(0.5),
                phase.latencyMs(0.95), phase.latencyMs(0.99), phase.latencyMs(1.0), phase.cpu().json());
    }

    /** The do-nothing endpoint, asked as often as the door check. */
    static final class Ping implements LoadClient.Workload {

        private final LoadClient.Request request;

        Ping(String host) {
            request = new LoadClient.Request(LoadClient.get(host, "/api/v1/ping"), 0, 0);
        }

        @Override
        public LoadClient.Request next(int connection) {
            return request;
        }

        @Override
        public void answered(LoadClient.Request request, int status, byte[] body) {
            // nothing to keep: the ping's only answer is its status
        }
    }
}
