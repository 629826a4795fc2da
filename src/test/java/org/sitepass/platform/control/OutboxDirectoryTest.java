package org.sitepass.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitepass.platform.MessageChannel;
import org.sitepass.platform.entity.SendResult;

class OutboxDirectoryTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T08:15:30.123Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    @Test
    void eachMessageIsOneWholeFileNamedByTimeAndId() throws IOException {
        Path outbox = temp.resolve("outbox");
        SendResult result = new OutboxDirectory(outbox, CLOCK)
                .send(new DueMessage(42, "BINDING_CODE", MessageChannel.SMS, "13812345678", "验证码 123456"));
        assertEquals(SendResult.sent(), result);
        try (Stream<Path> files = Files.list(outbox)) {
            assertEquals(List.of(outbox.resolve("20261204T081530.123Z-42.txt")), files.toList());
        }
        assertEquals("to: 13812345678\nkind: BINDING_CODE\nchannel: SMS\nid: 42\n\n验证码 123456\n",
                Files.readString(outbox.resolve("20261204T081530.123Z-42.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void aDirectoryThatCannotBeWrittenIsTriedAgainLater() throws IOException {
        Path notADirectory = Files.writeString(temp.resolve("file"), "");
        SendResult result = new OutboxDirectory(notADirectory, CLOCK)
                .send(new DueMessage(7, "NOTICE", MessageChannel.SMS, "13812345678", "text"));
        assertEquals(SendResult.Outcome.RETRY, result.outcome());
        assertEquals("FileAlreadyExistsException", result.error());
    }
}
