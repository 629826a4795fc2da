package org.sitepass.devices.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.InvalidInput;

/** The device CSV: read whole or refused whole. */
class DeviceBatchTest {

    @Test
    void rowsFollowTheHeaderInEitherLanguage() {
        List<DeviceBatch.Line> rows = DeviceBatch.rows("\uFEFF序列号,型号\r\nSN-0001, 哨兵 X1 \n,\nSN-0002,42\n"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(new DeviceBatch.Line(2, "SN-0001", "哨兵 X1"), new DeviceBatch.Line(4, "SN-0002", "42")),
                rows, "a blank record keeps its row number, so that the report matches the spreadsheet");
        assertEquals(1, DeviceBatch.rows("Serial, Model\nA-1,m\n".getBytes(StandardCharsets.UTF_8)).size());
    }

    @Test
    void quotedModelNamesMayHoldCommasAndQuotes() {
        List<DeviceBatch.Line> rows = DeviceBatch.rows("serial,model\r\n\"SN-1\",\"Gate, \"\"Pro\"\"\"\r\n"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals("Gate, \"Pro\"", rows.get(0).model());
    }

    @Test
    void malformedFilesAreRefusedWhole() {
        assertRefused("devices.batch.size", new byte[0]);
        assertRefused("devices.batch.encoding", "序列号,型号\nSN-1,哨兵\n".getBytes(Charset.forName("GBK")));
        assertRefused("devices.batch.header", "name,model\nSN-1,x\n".getBytes(StandardCharsets.UTF_8));
        assertRefused("devices.batch.header", "serial,model\nSN-1,x,extra\n".getBytes(StandardCharsets.UTF_8));
        assertRefused("devices.batch.rows", "serial,model\n".getBytes(StandardCharsets.UTF_8));
        assertRefused("devices.batch.quote", "serial,model\nSN-1,\"open\n".getBytes(StandardCharsets.UTF_8));
        assertRefused("devices.batch.rows", ("serial,model\n" + "SN-1,x\n".repeat(DeviceBatch.MAX_ROWS + 1))
                .getBytes(StandardCharsets.UTF_8));
    }

    private static void assertRefused(String key, byte[] content) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> DeviceBatch.rows(content));
        assertEquals(key, refused.problems().get(0).text().key());
    }
}
