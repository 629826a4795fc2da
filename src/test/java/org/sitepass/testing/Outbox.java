package org.sitepass.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The messages the IT server "sent": its gateway is the dev outbox, a directory ({@code SITEPASS_MESSAGES_OUTBOX_DIR},
 * {@code target/outbox} under bin/sitepass test) with one file per message. Delivery follows the sender's commit
 * by a moment, so the reads wait up to half a minute for a message to arrive.
 */
public final class Outbox {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** One message as the outbox file holds it; {@code writtenAt} is when the gateway wrote it. */
    public record Message(Instant writtenAt, long id, String to, String kind, String text) {
    }

    private Outbox() {
    }

    public static Path directory() {
        return Path.of(Stack.env("SITEPASS_MESSAGES_OUTBOX_DIR"));
    }

    /** Every message to the mobile so far, oldest first; none if nothing was ever sent to it. */
    public static List<Message> to(String mobile) {
        if (!Files.isDirectory(directory())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory())) {
            return files.filter(file -> file.getFileName().toString().matches("[0-9TZ.]+-[0-9]+\\.txt"))
                    .map(Outbox::read).filter(message -> message.to().equals(mobile))
                    .sorted(Comparator.comparing(Message::writtenAt).thenComparing(Message::id)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of the newest message to the mobile, waiting for one to arrive; fails the test if none does. */
    public static String latestTo(String mobile) throws InterruptedException {
        return latestTo(mobile, Instant.EPOCH);
    }

    /**
     * The text of the newest message to the mobile written at or after {@code since} (taken by the test before
     * the request that sends it), so that an earlier message to the same mobile is not mistaken for it.
     */
    public static String latestTo(String mobile, Instant since) throws InterruptedException {
        List<Message> arrived = Eventually.until(() -> to(mobile).stream()
                .filter(message -> !message.writtenAt().isBefore(since)).toList(), found -> !found.isEmpty());
        if (arrived.isEmpty()) {
            throw new AssertionError("no message to " + mobile + " arrived in " + directory());
        }
        return arrived.get(arrived.size() - 1).text();
    }

    private static Message read(Path file) {
        String name = file.getFileName().toString();
        int dash = name.lastIndexOf('-');
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            int blank = content.indexOf("\n\n");
            String to = "";
            String kind = "";
            for (String line : content.substring(0, blank).split("\n")) {
                if (line.startsWith("to: ")) {
                    to = line.substring(4);
                } else if (line.startsWith("kind: ")) {
                    kind = line.substring(6);
                }
            }
            return new Message(FILE_TIME.parse(name.substring(0, dash), Instant::from),
                    Long.parseLong(name.substring(dash + 1, name.length() - ".txt".length())), to, kind,
                    content.substring(blank + 2, content.length() - 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
