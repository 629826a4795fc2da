package org.sitepass.platform.control;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * The gateway configured by {@code SITEPASS_MESSAGES_GATEWAY}. There is no default: a deployment says how its
 * messages leave, so that a production start cannot fall back to writing SMS into files; a setting that is missing
 * or wrong stops the start naming the variable.
 */
public final class MessageSenders {

    static final String GATEWAY = "SITEPASS_MESSAGES_GATEWAY";
    static final String OUTBOX_DIR = "SITEPASS_MESSAGES_OUTBOX_DIR";
    static final String HTTP_URL = "SITEPASS_MESSAGES_HTTP_URL";
    static final String HTTP_TOKEN = "SITEPASS_MESSAGES_HTTP_TOKEN";

    private MessageSenders() {
    }

    public static MessageSender choose(Optional<String> gateway, Optional<String> outboxDir, Optional<String> httpUrl,
                                       Optional<String> httpToken) {
        String chosen = given(gateway, GATEWAY + " (outbox or http)");
        return switch (chosen) {
            case "outbox" -> new OutboxDirectory(Path.of(given(outboxDir, OUTBOX_DIR)), Clock.systemUTC());
            case "http" -> new HttpGateway(providerUrl(given(httpUrl, HTTP_URL)), given(httpToken, HTTP_TOKEN));
            default -> throw new IllegalStateException(GATEWAY + " must be outbox or http");
        };
    }

    private static URI providerUrl(String text) {
        try {
            URI url = URI.create(text);
            if (("https".equals(url.getScheme()) || "http".equals(url.getScheme())) && url.getHost() != null) {
                return url;
            }
        } catch (IllegalArgumentException malformed) {
            // reported below, without the value: a URL may carry a key in its query
        }
        throw new IllegalStateException(HTTP_URL + " must be an absolute http(s) URL");
    }

    private static String given(Optional<String> value, String name) {
        return value.map(String::strip).filter(text -> !text.isEmpty())
                .orElseThrow(() -> new IllegalStateException(name + " is not set"));
    }
}
