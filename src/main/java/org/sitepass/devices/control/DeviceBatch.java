package org.sitepass.devices.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sitepass.devices.DevicesTexts;
import org.sitepass.platform.Caller;
import org.sitepass.platform.CsvRecords;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.ModuleText;
import org.sitepass.platform.RequestRefused;
import org.sitepass.vendors.ModelRef;
import org.sitepass.vendors.Vendors;

/**
 * Many devices at once from a CSV of {@code serial,model} (model by name or id). Each row is registered on its own,
 * so that a row refused, or Keycloak failing half-way, never undoes the devices already given credentials.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class DeviceBatch {

    public static final int MAX_ROWS = 500;
    private static final Logger LOG = Logger.getLogger(DeviceBatch.class.getName());
    public static final int MAX_BYTES = 64 * 1024;

    /** One row's outcome: the credentials of its device, shown this once, or why it was refused. */
    @Schema(name = "DeviceBatchRow")
    public record Row(int rowNumber, String serial, IssuedCredentials credentials, List<String> problems) {
    }

    /** A data record of the file, with its number in the file as a spreadsheet counts rows. */
    record Line(int number, String serial, String model) {
    }

    /** The whole upload's outcome. */
    @Schema(name = "DeviceBatchReport")
    public record Report(int accepted, int rejected, List<Row> rows) {
    }

    @Inject
    DeviceCredentials lifecycle;

    @Inject
    Vendors vendors;

    @Inject
    Validator validator;

    public Report register(Caller vendor, Locale locale, byte[] content) {
        List<ModelRef> models = vendors.certifiedModelsOf(vendor);
        List<Row> report = new ArrayList<>();
        for (Line line : rows(content)) {
            int rowNumber = line.number();
            Optional<ModelRef> model = models.stream()
                    .filter(m -> m.name().equals(line.model()) || String.valueOf(m.id()).equals(line.model()))
                    .findFirst();
            if (model.isEmpty()) {
                report.add(new Row(rowNumber, line.serial(), null,
                        List.of(ModuleText.validation("devices.validation.model").in(locale))));
                continue;
            }
            DeviceForm form = new DeviceForm();
            form.setSerial(line.serial());
            form.setModelId(model.get().id());
            List<String> invalid = validator.validate(form).stream()
                    .map(v -> ModuleText.validation(v.getMessageTemplate().replaceAll("[{}]", ""))
                            .in(locale))
                    .toList();
            if (!invalid.isEmpty()) {
                report.add(new Row(rowNumber, line.serial(), null, invalid));
                continue;
            }
            try {
                report.add(new Row(rowNumber, form.getSerial(), lifecycle.register(vendor, form), List.of()));
            } catch (IdentityProviderUnavailable e) {
                // every later row would wait for Keycloak in vain; this one says how to finish it
                report.add(new Row(rowNumber, line.serial(), null, List.of(e.detail().in(locale))));
                break;
            } catch (InvalidInput e) {
                report.add(new Row(rowNumber, line.serial(), null, e.problems().stream().map(p -> p.text().in(locale))
                        .toList()));
            } catch (RequestRefused e) {
                report.add(new Row(rowNumber, line.serial(), null, List.of(e.detail().in(locale))));
            } catch (RuntimeException e) {
                // the rows before already have credentials that exist nowhere else: report them, stop here
                LOG.log(Level.WARNING, "device batch stopped at row {0}: {1}",
                        new Object[] {rowNumber, e.getClass().getName()});
                report.add(new Row(rowNumber, line.serial(), null,
                        List.of(DevicesTexts.text("devices.batch.failed").in(locale))));
                break;
            }
        }
        int accepted = (int) report.stream().filter(r -> r.credentials() != null).count();
        return new Report(accepted, report.size() - accepted, report);
    }

    /** Header {@code serial,model} (or 序列号,型号), then one device per line; a malformed file registers nothing. */
    static List<Line> rows(byte[] content) {
        if (content.length == 0 || content.length > MAX_BYTES) {
            throw problem("devices.batch.size");
        }
        List<Integer> numbers = new ArrayList<>();
        List<List<String>> records = new ArrayList<>();
        try {
            CsvRecords.read(content, (number, fields) -> {
                List<String> stripped = fields.stream().map(String::strip).toList();
                if (stripped.stream().anyMatch(f -> !f.isEmpty())) {
                    numbers.add(number);
                    records.add(stripped);
                }
            });
        } catch (CsvRecords.Unreadable e) {
            throw e.flaw() == CsvRecords.Flaw.ENCODING ? problem("devices.batch.encoding")
                    : InvalidInput.of("file", DevicesTexts.text("devices.batch.quote", e.recordNumber()));
        }
        if (records.isEmpty() || !isHeader(records.get(0))) {
            throw problem("devices.batch.header");
        }
        if (records.size() - 1 > MAX_ROWS || records.size() < 2) {
            throw problem("devices.batch.rows");
        }
        List<Line> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> fields = records.get(i);
            if (fields.size() != 2) {
                throw problem("devices.batch.header");
            }
            rows.add(new Line(numbers.get(i), fields.get(0), fields.get(1)));
        }
        return rows;
    }

    private static boolean isHeader(List<String> fields) {
        return String.join(",", fields).replace(" ", "").toLowerCase(Locale.ROOT).matches("(serial|序列号),(model|型号)");
    }

    private static InvalidInput problem(String key) {
        return InvalidInput.of("file", DevicesTexts.text(key, MAX_ROWS));
    }
}
