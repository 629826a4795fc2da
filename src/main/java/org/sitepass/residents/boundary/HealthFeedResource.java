package org.sitepass.residents.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sitepass.platform.BodyLimit;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.RequestLanguage;
import org.sitepass.platform.RequestRefused;
import org.sitepass.platform.Roles;
import org.sitepass.residents.ResidentsTexts;
import org.sitepass.residents.control.FeedBatch;
import org.sitepass.residents.control.FeedIntake;
import org.sitepass.residents.control.FeedReport;

/**
 * Where the systems that own residents' health facts (the city's health-code and laboratory systems) post them,
 * with the token of the feed's own client. The body is read here rather than bound, so that a malformed batch is
 * answered with the index and field of each problem and nothing of it is stored.
 */
@Path("health-feed/batches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.HEALTH_FEED)
public class HealthFeedResource {

    /** One parser factory for every request: looking the JSON provider up costs a class-path scan each time. */
    private static final JsonReaderFactory READERS = JsonProvider.provider().createReaderFactory(Map.of());

    @Inject
    FeedIntake feed;

    @Inject
    RequestLanguage language;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    // 10,000 records of at most about 1.2 KB each (a colour change with a 200-character reason), with room to spare
    @BodyLimit(megabytes = 16)
    @Operation(summary = "Post a batch of up to 10,000 residents and health records; each record's result answers")
    @APIResponse(responseCode = "200", description = "Stored; each record's result in the batch's order",
            content = @Content(schema = @Schema(implementation = FeedReport.class)))
    public FeedReport post(InputStream body) {
        LocalDate today = LocalDate.now(CityTime.ZONE);
        return feed.receive(language.locale(), FeedBatch.read(parsed(body), today), Instant.now());
    }

    /** The parser's own message may quote the body, so the problem says only where reading stopped. */
    private static JsonValue parsed(InputStream body) {
        try (JsonReader reader = READERS.createReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            return reader.readValue();
        } catch (JsonException unreadable) {
            if (unreadable.getCause() instanceof RequestRefused tooLarge) {
                throw tooLarge;
            }
            long offset = unreadable instanceof JsonParsingException parsing && parsing.getLocation() != null
                    ? parsing.getLocation().getStreamOffset() : 0;
            throw InvalidInput.of("body", ResidentsTexts.text("residents.feed.body.json", offset));
        }
    }
}
