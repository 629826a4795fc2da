import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the app's CPU goes under load: a flight recording of the running app (started with {@code jcmd}, the app
 * being bin/sitepass's), read back as the share of CPU samples whose stack passes through each part of the stack
 * (a sample may pass through several: the shares are inclusive), the methods that were running most, the time
 * the collector paused the app, and the locks its threads waited for longest (the sampler sees only threads running
 * Java code: on an overloaded machine the waits tell more). Off with {@code SITEPASS_BENCH_PROFILE=off}.
 */
final class Profile {

    /** Parts of the stack, by the start of their class names. */
    static final Map<String, List<String>> PARTS = parts();

    record Summary(long samples, Map<String, Double> parts, Map<String, Double> methods, double gcPauseMs,
                   double seconds, Map<String, Double> locks) {

        String json() {
            return "{\"samples\":" + samples + ",\"seconds\":" + seconds + ",\"gcPauseMs\":"
                    + String.format("%.0f", gcPauseMs) + ",\"inclusiveShares\":" + shares(parts)
                    + ",\"topMethodsSelf\":" + shares(methods) + ",\"lockWaitSeconds\":" + shares(locks) + "}";
        }

        private static String shares(Map<String, Double> shares) {
            return shares.entrySet().stream().map(e -> String.format("\"%s\":%.3f", e.getKey(), e.getValue()))
                    .collect(Collectors.joining(",", "{", "}"));
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(String.format("app profile: %,d CPU samples in %.0f s, GC pauses"
                    + " %.0f ms; share of samples through each part (inclusive):%n", samples, seconds, gcPauseMs));
            parts.forEach((part, share) -> text.append(String.format("  %5.1f %%  %s%n", 100 * share, part)));
            text.append("methods running most (self):\n");
            methods.forEach((method, share) -> text.append(String.format("  %5.1f %%  %s%n", 100 * share, method)));
            text.append("threads blocked on locks (seconds of all threads together, by lock and where):\n");
            locks.forEach((lock, wait) -> text.append(String.format("  %7.1f s  %s%n", wait, lock)));
            return text.toString();
        }
    }

    private final Path file;
    private final boolean on = !"off".equals(BenchRun.env("SITEPASS_BENCH_PROFILE", ""));
    private Thread recorder;

    Profile(Path file) {
        this.file = file.toAbsolutePath();
    }

    /** Records the app for {@code length}, starting {@code after} from now, while the caller goes on. */
    void record(Duration after, Duration length) {
        if (!on || Cpu.pid("app").isEmpty()) {
            return;
        }
        recorder = new Thread(() -> {
            try {
                Thread.sleep(after.toMillis());
                Files.deleteIfExists(file);
                Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        String.valueOf(Cpu.pid("app").orElseThrow().pid()), "JFR.start", "name=bench",
                        "settings=profile", "duration=" + length.toSeconds() + "s", "filename=" + file)
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                jcmd.waitFor();
                Thread.sleep(length.toMillis() + 3_000);
            } catch (IOException e) {
                System.out.println("no profile: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "profile");
        recorder.start();
    }

    /** The recording read back, when there is one. */
    Summary summary() throws IOException, InterruptedException {
        if (recorder == null) {
            return null;
        }
        recorder.join();
        if (!Files.exists(file)) {
            return null;
        }
        Map<String, Long> parts = new LinkedHashMap<>();
        PARTS.keySet().forEach(part -> parts.put(part, 0L));
        Map<String, Long> methods = new TreeMap<>();
        Map<String, Double> locks = new TreeMap<>();
        long samples = 0;
        double gcPause = 0;
        List<Instant> times = new ArrayList<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            String type = event.getEventType().getName();
            if (type.equals("jdk.GCPhasePause")) {
                gcPause += event.getDuration().toNanos() / 1e6;
            }
            if (type.equals("jdk.JavaMonitorEnter") && event.getStackTrace() != null
                    && event.getStackTrace().getFrames().size() > 1) {
                RecordedFrame caller = event.getStackTrace().getFrames().get(1);
                locks.merge(event.getClass("monitorClass").getName() + " in " + caller.getMethod().getType().getName()
                        + "." + caller.getMethod().getName(), event.getDuration().toNanos() / 1e9, Double::sum);
            }
            if (!type.equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            samples++;
            times.add(event.getStartTime());
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (!frames.isEmpty()) {
                RecordedFrame top = frames.get(0);
                methods.merge(top.getMethod().getType().getName() + "." + top.getMethod().getName(), 1L, Long::sum);
            }
            Set<String> through = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String owner = frame.getMethod().getType().getName();
                PARTS.forEach((part, prefixes) -> {
                    if (prefixes.stream().anyMatch(owner::startsWith)) {
                        through.add(part);
                    }
                });
            }
            through.forEach(part -> parts.merge(part, 1L, Long::sum));
        }
        long all = Math.max(1, samples);
        Map<String, Double> partShares = new LinkedHashMap<>();
        parts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> partShares.put(e.getKey(), e.getValue() / (double) all));
        Map<String, Double> top = new LinkedHashMap<>();
        methods.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(15)
                .forEach(e -> top.put(e.getKey(), e.getValue() / (double) all));
        double seconds = times.isEmpty() ? 0
                : Duration.between(times.stream().min(Instant::compareTo).orElseThrow(),
                        times.stream().max(Instant::compareTo).orElseThrow()).toMillis() / 1000.0;
        Map<String, Double> topLocks = new LinkedHashMap<>();
        locks.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(8)
                .forEach(e -> topLocks.put(e.getKey(), e.getValue()));
        return new Summary(samples, partShares, top, gcPause, seconds, topLocks);
    }

    private static Map<String, List<String>> parts() {
        Map<String, List<String>> parts = new LinkedHashMap<>();
        parts.put("SitePass code (org.sitepass)", List.of("org.sitepass."));
        parts.put("HTTP server (Grizzly)", List.of("org.glassfish.grizzly."));
        parts.put("JAX-RS (Jersey)", List.of("org.glassfish.jersey."));
        parts.put("CDI (Weld)", List.of("org.jboss.weld."));
        parts.put("security (Soteria, MP-JWT, Payara security)", List.of("org.glassfish.soteria.",
                "fish.payara.microprofile.jwtauth.", "com.sun.enterprise.security.", "org.glassfish.security."));
        parts.put("JWT and JOSE (nimbus)", List.of("com.nimbusds."));
        parts.put("JPA (EclipseLink)", List.of("org.eclipse.persistence."));
        parts.put("JDBC driver (MySQL Connector/J)", List.of("com.mysql."));
        parts.put("connection pool and transactions (Payara)", List.of("com.sun.enterprise.resource.",
                "com.sun.gjc.", "com.sun.enterprise.transaction.", "fish.payara.jdbc."));
        parts.put("JSON (Parsson, Yasson)", List.of("org.eclipse.parsson.", "org.eclipse.yasson.",
                "org.glassfish.json."));
        parts.put("crypto (JDK)", List.of("sun.security.", "javax.crypto.", "com.sun.crypto."));
        parts.put("metrics and request tracing (Payara)", List.of("fish.payara.microprofile.metrics.",
                "fish.payara.nucleus.requesttracing.", "io.opentelemetry."));
        return parts;
    }
}
