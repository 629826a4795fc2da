import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitepass.platform.SignatureKeys;
import org.sitepass.residents.ResidentRef;
import org.sitepass.residents.control.DynamicCodes;

/**
 * The benchmarks' sentries at their doors: each real device checks people with its own token and its own sequence
 * numbers, one after the other (a connection keeps to its own devices), showing genuine health codes signed with the
 * stack's residents key (made afresh in the background, as phones make them, and scanned while valid) of generated
 * residents of every colour, or reading their ID cards; a few have a fever. Remembers every check the app
 * acknowledged (200) and then finds each in the pass records.
 */
final class Door implements LoadClient.Workload {

    static final String PATH = "/api/v1/entry-checks";
    /**
     * Health codes signed per refresh, and how often: a phone's code is good for a minute. Few, each shown many times:
     * the JDK's Ed25519 takes about a millisecond a signature, and the load client must not be the limit.
     */
    static final int CODES = 600;
    static final Duration REFRESH = Duration.ofSeconds(15);
    static final Pattern EXPIRY = Pattern.compile("\"exp\":([0-9]+)");

    private final List<BenchRun.Device> devices;
    private final String host;
    private final List<String> people;
    private final int population;
    private final DynamicCodes signer;
    private final String[] tokens;
    private final long[] expiries;
    private final AtomicLongArray sequences;
    private final long[][] acknowledged;
    private final int[] acknowledgedCount;
    private final int[] turns = new int[4_096];
    private final AtomicLong passes = new AtomicLong();
    private final AtomicLong stops = new AtomicLong();
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "health-codes");
        thread.setDaemon(true);
        return thread;
    });
    private volatile String[] codes;
    private volatile int connections = 1;

    /**
     * @param people resident references whose health codes are shown
     * @param population how many generated residents there are, whose ID cards may be read
     */
    Door(List<BenchRun.Device> devices, String host, List<String> people, int population) {
        this.devices = devices;
        this.host = host;
        this.people = people;
        this.population = population;
        this.signer = new DynamicCodes(SignatureKeys.parse("SITEPASS_RESIDENTS_SIGNING_KEY",
                BenchRun.env("SITEPASS_RESIDENTS_SIGNING_KEY", ""), "SITEPASS_RESIDENTS_VERIFY_KEYS",
                BenchRun.env("SITEPASS_RESIDENTS_VERIFY_KEYS", "")), Duration.ofSeconds(60));
        this.tokens = new String[devices.size()];
        this.expiries = new long[devices.size()];
        this.sequences = new AtomicLongArray(devices.size());
        this.acknowledged = new long[devices.size()][1_024];
        this.acknowledgedCount = new int[devices.size()];
        signCodes();
        refresher.scheduleAtFixedRate(this::signCodes, REFRESH.toSeconds(), REFRESH.toSeconds(), TimeUnit.SECONDS);
    }

    /** {@code count} references of generated residents, from windows spread over the whole population. */
    static List<String> people(Connection db, int count, int population) throws SQLException {
        List<String> references = new ArrayList<>();
        int windows = 20;
        try (PreparedStatement query = db.prepareStatement("SELECT reference FROM residents_resident"
                + " WHERE source = ? AND source_id BETWEEN ? AND ?")) {
            for (int w = 0; w < windows; w++) {
                int first = (int) ((long) population * w / windows);
                query.setString(1, ResidentsGenerator.SOURCE);
                query.setString(2, ResidentsGenerator.sourceId("r", first));
                query.setString(3, ResidentsGenerator.sourceId("r", first + count / windows - 1));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        references.add(rows.getString(1));
                    }
                }
            }
        }
        if (references.isEmpty()) {
            throw new IllegalStateException("no generated residents: run bin/sitepass residents");
        }
        return references;
    }

    /** Tokens that outlive the next {@code phase}, fetched anew by client credentials where they would not. */
    void tokensFor(Duration phase) throws Exception {
        long needed = Instant.now().plus(phase).plusSeconds(30).getEpochSecond();
        long started = System.nanoTime();
        int fetched = 0;
        for (int d = 0; d < devices.size(); d++) {
            if (expiries[d] < needed) {
                tokens[d] = BenchRun.clientToken(devices.get(d));
                String claims = new String(Base64.getUrlDecoder().decode(tokens[d].split("\\.")[1]),
                        StandardCharsets.UTF_8);
                Matcher m = EXPIRY.matcher(claims);
                expiries[d] = m.find() ? Long.parseLong(m.group(1)) : 0;
                fetched++;
            }
        }
        if (fetched > 0) {
            System.out.printf("  %d device tokens by client credentials in %.1f s%n", fetched,
                    (System.nanoTime() - started) / 1e9);
        }
    }

    /** How many connections the next phase has: each keeps to the devices whose number it shares modulo that. */
    void spreadOver(int count) {
        connections = count;
    }

    @Override
    public LoadClient.Request next(int connection) {
        int n = connections;
        int owned = Math.max(1, (devices.size() - connection % n + n - 1) / n);
        int device = n >= devices.size() ? connection % devices.size()
                : connection % n + n * (turns[connection]++ % owned);
        long sequence = sequences.incrementAndGet(device);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder json = new StringBuilder(320).append("{\"sequence\":").append(sequence)
                .append(",\"deviceClock\":\"").append(Instant.now()).append("\",\"temperature\":")
                .append(random.nextInt(100) < 3 ? "38.2" : "36." + random.nextInt(8));
        if (random.nextInt(100) < 8) {
            int person = random.nextInt(population);
            json.append(",\"idCard\":{\"number\":\"").append(ResidentsGenerator.idNumber(person))
                    .append("\",\"name\":\"").append(ResidentsGenerator.name(person)).append("\"}}");
        } else {
            String[] shown = codes;
            json.append(",\"payload\":\"").append(shown[random.nextInt(shown.length)]).append("\"}");
        }
        return new LoadClient.Request(LoadClient.post(host, PATH, tokens[device], json.toString()), device, sequence);
    }

    @Override
    public void answered(LoadClient.Request request, int status, byte[] body) {
        if (status != 200) {
            return;
        }
        String answer = new String(body, StandardCharsets.UTF_8);
        (answer.contains("\"PASS\"") ? passes : stops).incrementAndGet();
        acknowledge(request.device(), request.sequence());
    }

    private synchronized void acknowledge(int device, long sequence) {
        if (acknowledgedCount[device] == acknowledged[device].length) {
            acknowledged[device] = Arrays.copyOf(acknowledged[device], acknowledged[device].length * 2);
        }
        acknowledged[device][acknowledgedCount[device]++] = sequence;
    }

    long passes() {
        return passes.get();
    }

    long stops() {
        return stops.get();
    }

    void stop() {
        refresher.shutdownNow();
    }

    /** What the pass records hold of the checks sent, against what the app acknowledged. */
    record Proof(long acknowledged, long storedOnce, long missing, long duplicated, long storedUnacknowledged) {

        boolean holds() {
            return missing == 0 && duplicated == 0 && storedOnce == acknowledged;
        }

        String json() {
            return String.format("{\"acknowledged\":%d,\"storedExactlyOnce\":%d,\"missing\":%d,\"duplicated\":%d,"
                    + "\"storedButUnacknowledged\":%d,\"holds\":%s}", acknowledged, storedOnce, missing, duplicated,
                    storedUnacknowledged, holds());
        }

        @Override
        public String toString() {
            return String.format("acknowledged %,d; in the pass records exactly once %,d, missing %,d, more than once"
                    + " %,d; stored but never acknowledged %,d: %s", acknowledged, storedOnce, missing, duplicated,
                    storedUnacknowledged, holds() ? "every acknowledged check is stored once" : "NOT HELD");
        }
    }

    /**
     * Every pass record of the run's devices, by device and sequence, from the day before the run on (records are
     * filed under the city's day of receipt), against the acknowledged checks.
     */
    synchronized Proof proof(Connection db, Instant runStarted) throws SQLException {
        long[][] stored = new long[devices.size()][1_024];
        int[] storedCount = new int[devices.size()];
        Map<Long, Integer> index = new HashMap<>();
        StringBuilder ids = new StringBuilder();
        for (int d = 0; d < devices.size(); d++) {
            index.put(devices.get(d).id(), d);
            ids.append(d == 0 ? "" : ",").append(devices.get(d).id());
        }
        try (PreparedStatement query = db.prepareStatement("SELECT device_id, sequence FROM tracing_pass_record"
                + " WHERE day >= ? AND device_id IN (" + ids + ")",
                ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            query.setFetchSize(Integer.MIN_VALUE);
            query.setObject(1, LocalDate.ofInstant(runStarted, ZoneId.of("Asia/Shanghai")).minusDays(1));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    int d = index.get(rows.getLong(1));
                    if (storedCount[d] == stored[d].length) {
                        stored[d] = Arrays.copyOf(stored[d], stored[d].length * 2);
                    }
                    stored[d][storedCount[d]++] = rows.getLong(2);
                }
            }
        }
        long acked = 0;
        long once = 0;
        long missing = 0;
        long duplicated = 0;
        long unacknowledged = 0;
        for (int d = 0; d < devices.size(); d++) {
            long[] sent = Arrays.copyOf(acknowledged[d], acknowledgedCount[d]);
            long[] kept = Arrays.copyOf(stored[d], storedCount[d]);
            Arrays.sort(sent);
            Arrays.sort(kept);
            acked += sent.length;
            int k = 0;
            for (long sequence : sent) {
                while (k < kept.length && kept[k] < sequence) {
                    unacknowledged++;
                    k++;
                }
                int copies = 0;
                while (k < kept.length && kept[k] == sequence) {
                    copies++;
                    k++;
                }
                if (copies == 0) {
                    missing++;
                } else if (copies == 1) {
                    once++;
                } else {
                    duplicated++;
                }
            }
            unacknowledged += kept.length - k;
        }
        return new Proof(acked, once, missing, duplicated, unacknowledged);
    }

    private void signCodes() {
        Instant now = Instant.now();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String[] fresh = new String[CODES];
        for (int i = 0; i < CODES; i++) {
            fresh[i] = signer.health(new ResidentRef(people.get(random.nextInt(people.size()))), now);
        }
        codes = fresh;
    }
}
