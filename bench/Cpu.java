import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Where the machine's CPU went during a phase, in cores: the load client itself (so that it is shown not to be the
 * limit), the app, MariaDB and Keycloak (by bin/sitepass's pid files and the database's process name), and the whole
 * machine, whose rest is everyone else (other work on a shared machine shows up there).
 */
final class Cpu {

    /** Cores busy on average over the phase. */
    record Shares(double client, double app, double database, double keycloak, double machine) {

        double others() {
            return Math.max(0, machine - client - app - database - keycloak);
        }

        String json() {
            return String.format("{\"loadClient\":%.2f,\"app\":%.2f,\"database\":%.2f,\"keycloak\":%.2f,"
                    + "\"machine\":%.2f,\"others\":%.2f}", client, app, database, keycloak, machine, others());
        }

        @Override
        public String toString() {
            return String.format("cores: load client %.2f, app %.2f, MariaDB %.2f, Keycloak %.2f, others %.2f"
                    + " (machine %.2f of %d)", client, app, database, keycloak, others(), machine,
                    Runtime.getRuntime().availableProcessors());
        }
    }

    private final long started = System.nanoTime();
    private final long client = cpu(ProcessHandle.current());
    private final long app = tree(pid("app"));
    private final long database = database();
    private final long keycloak = tree(pid("keycloak"));
    private final long[] machine = machine();

    static Cpu start() {
        return new Cpu();
    }

    Shares stop() {
        double wall = System.nanoTime() - started;
        long[] now = machine();
        long busy = now[0] - machine[0];
        long all = busy + now[1] - machine[1];
        return new Shares((cpu(ProcessHandle.current()) - client) / wall, (tree(pid("app")) - app) / wall,
                (database() - database) / wall, (tree(pid("keycloak")) - keycloak) / wall,
                all == 0 ? 0 : Runtime.getRuntime().availableProcessors() * (double) busy / all);
    }

    /** The pid bin/sitepass wrote for one of the processes it started, if it runs. */
    static Optional<ProcessHandle> pid(String name) {
        try {
            Path file = Path.of(BenchRun.env("SITEPASS_RUN_DIR", System.getProperty("user.home")
                    + "/.cache/sitepass/run"), name + ".pid");
            return ProcessHandle.of(Long.parseLong(Files.readString(file).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The process and its descendants: Keycloak's pid is its start script's. */
    private static long tree(Optional<ProcessHandle> root) {
        return root.map(p -> cpu(p) + p.descendants().mapToLong(Cpu::cpu).sum()).orElse(0L);
    }

    private static long database() {
        Predicate<String> isDatabase = command -> command.endsWith("/mariadbd") || command.endsWith("/mysqld");
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().filter(isDatabase).isPresent())
                .mapToLong(Cpu::cpu).sum();
    }

    private static long cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /** Busy and idle time of all cores since boot, from /proc/stat; zeros where there is none. */
    private static long[] machine() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            long busy = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) {
                busy += i == 4 || i == 5 ? 0 : Long.parseLong(f[i]);
            }
            return new long[] {busy, idle};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }
}
