package org.sitepass.platform.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.sitepass.platform.entity.SendResult;

/**
 * The development gateway: each message becomes a file {@code <UTC time>-<id>.txt} in a directory, where a
 * developer ({@code bin/sitepass outbox}) and the integration tests read it. Nothing leaves the machine. A file
 * appears whole: it is written under a hidden name and then renamed.
 */
public class OutboxDirectory implements MessageSender {

    static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path directory;
    private final Clock clock;

    public OutboxDirectory(Path directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    public Path directory() {
        return directory;
    }

    @Override
    public SendResult send(DueMessage message) {
        String name = FILE_TIME.format(clock.instant()) + "-" + message.id() + ".txt";
        String content = "to: " + message.mobile() + "\nkind: " + message.kind() + "\nchannel: " + message.channel()
                + "\nid: " + message.id() + "\n\n" + message.text() + "\n";
        try {
            Files.createDirectories(directory);
            Path partial = directory.resolve("." + name + ".part");
            Files.writeString(partial, content, StandardCharsets.UTF_8);
            Files.move(partial, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            return SendResult.sent();
        } catch (IOException | RuntimeException e) {
            return SendResult.retry(e.getClass().getSimpleName());
        }
    }
}
