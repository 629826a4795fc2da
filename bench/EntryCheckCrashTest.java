import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A crash at the door: sentries check people as fast as the app answers, the app is killed with {@code kill -9} in
 * the middle of it, and started again with {@code bin/sitepass up}; meanwhile the sentries do what a device does
 * with a check whose answer was lost, send it again (the same sequence and body) until it is answered. Then every
 * acknowledged check must be in the pass records exactly once: none lost with the process, none stored twice by the
 * retries. Prints the figures and writes them to {@code target/bench/crash.json}. Needs the app started by
 * bin/sitepass (its pid file) and the generated residents; removes its venues and devices afterwards. Run by
 * {@code bin/sitepass bench crash}.
 */
public class EntryCheckCrashTest {

    static final int DEVICES = 32;
    static final Duration BEFORE = Duration.ofSeconds(45);
    static final Duration AFTER = Duration.ofSeconds(30);
    static final Path OUT = Path.of(BenchRun.env("SITEPASS_BENCH_DIR", "target/bench"));

    public static void main(String[] args) throws Exception {
        Instant started = Instant.now();
        ProcessHandle app = Cpu.pid("app").orElseThrow(() -> new IllegalStateException(
                "no app started by bin/sitepass to kill: run through bin/sitepass bench crash"));
        try (Connection db = BenchRun.database()) {
            BenchRun.Fleet fleet = BenchRun.fleet();
            Door door = null;
            ScheduledExecutorService tokens = Executors.newSingleThreadScheduledExecutor();
            try {
                ResidentsGenerator.generate(db, ResidentsGenerator.DAYS);
                BenchRun.register(fleet, DEVICES);
                BenchRun.stand(db, fleet, DEVICES, DEVICES);
                door = new Door(fleet.real(), URI.create(BenchRun.APP).getAuthority(),
                        Door.people(db, 2_000, ResidentsGenerator.DAYS), ResidentsGenerator.DAYS);
                door.tokensFor(Duration.ofMinutes(3));
                door.spreadOver(DEVICES);
                Door sentries = door;
                tokens.scheduleWithFixedDelay(() -> {
                    try {
                        sentries.tokensFor(Duration.ofMinutes(2));
                    } catch (Exception e) {
                        System.out.println("could not renew the device tokens: " + e.getMessage());
                    }
                }, 60, 60, TimeUnit.SECONDS);
                Crash crash = new Crash(door);
                Files.createDirectories(OUT);
                AtomicBoolean going = new AtomicBoolean(true);
                LoadClient client = new LoadClient(BenchRun.APP, true);
                LoadClient.Phase[] load = new LoadClient.Phase[1];
                Thread sending = new Thread(() -> {
                    try {
                        load[0] = client.closed("entry checks through a crash", DEVICES, going::get, crash);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, "sentries");
                sending.start();
                Thread.sleep(BEFORE.toMillis());
                long beforeKill = crash.acknowledged.get();
                long killedAt = System.nanoTime();
                app.destroyForcibly();
                app.onExit().join();
                crash.killedAt.set(System.nanoTime()); // answers still on their way when it died are not "after"
                System.out.printf("kill -9 of the app (pid %d) after %,d acknowledged checks; starting it again%n",
                        app.pid(), beforeKill);
                int up = new ProcessBuilder(Path.of("bin", "sitepass").toString(), "up")
                        .redirectErrorStream(true).redirectOutput(OUT.resolve("crash-up.log").toFile()).start()
                        .waitFor();
                double restart = (System.nanoTime() - killedAt) / 1e9;
                System.out.printf("bin/sitepass up answered %d after %.0f s (its output: %s)%n", up, restart,
                        OUT.resolve("crash-up.log"));
                Thread.sleep(AFTER.toMillis());
                going.set(false);
                sending.join();
                Door.Proof proof = door.proof(db, started);
                double firstAfter = crash.firstAfterKill.get() == 0 ? Double.NaN
                        : (crash.firstAfterKill.get() - killedAt) / 1e9;
                System.out.printf("%,d checks answered, %,d answers lost and sent again; acknowledged before the kill"
                        + " %,d, after it %,d; the doors waited %.0f s%n", load[0].answered(), load[0].ioErrors(),
                        beforeKill, crash.acknowledged.get() - beforeKill, firstAfter);
                System.out.println(proof);
                Files.writeString(OUT.resolve("crash.json"), String.format("{\n  \"run\": \"%s\",\n  \"at\": \"%s\","
                                + "\n  \"devices\": %d,\n  \"acknowledgedBeforeKill\": %d,\n  \"acknowledgedAfterKill\":"
                                + " %d,\n  \"lostAnswersSentAgain\": %d,\n  \"restartSeconds\": %.1f,\n"
                                + "  \"secondsWithoutAnswers\": %.1f,\n  \"statuses\": %s,\n  \"durability\": %s\n}\n",
                        BenchRun.TAG, Instant.now(), DEVICES, beforeKill, crash.acknowledged.get() - beforeKill,
                        load[0].ioErrors(), restart, firstAfter, load[0].statusesJson(), proof.json()));
                System.out.println("written to " + OUT.resolve("crash.json"));
                if (!proof.holds()) {
                    throw new IllegalStateException("an acknowledged check is missing or stored twice");
                }
            } finally {
                tokens.shutdownNow();
                if (door != null) {
                    door.stop();
                }
                BenchRun.remove(db, fleet);
            }
        }
    }

    /** The door, watched: how many checks were acknowledged, and when the first after the kill was. */
    static final class Crash implements LoadClient.Workload {

        final Door door;
        final AtomicLong acknowledged = new AtomicLong();
        final AtomicLong killedAt = new AtomicLong();
        final AtomicLong firstAfterKill = new AtomicLong();

        Crash(Door door) {
            this.door = door;
        }

        @Override
        public LoadClient.Request next(int connection) {
            return door.next(connection);
        }

        @Override
        public void answered(LoadClient.Request request, int status, byte[] body) {
            door.answered(request, status, body);
            if (status == 200) {
                acknowledged.incrementAndGet();
                if (killedAt.get() != 0) {
                    firstAfterKill.compareAndSet(0, System.nanoTime());
                }
            }
        }
    }
}
