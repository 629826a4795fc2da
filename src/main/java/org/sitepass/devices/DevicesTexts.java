package org.sitepass.devices;

import java.util.Locale;
import org.sitepass.platform.Languages;
import org.sitepass.platform.ModuleText;
import org.sitepass.platform.RequestRefused;

/** The texts of the devices module, by key of its own bundle: the one place that names the bundle. */
public final class DevicesTexts {

    public static final String BUNDLE = "org.sitepass.devices.messages";
    private static final int UNAUTHORIZED = 401;
    private static final int FORBIDDEN = 403;

    private DevicesTexts() {
    }

    /** A text to show a person, rendered later in the reader's language. */
    public static ModuleText text(String key, Object... arguments) {
        return new ModuleText(BUNDLE, key, arguments);
    }

    /** A text rendered now, where the language is already known (a chart, a file, a poster). */
    public static String in(Locale locale, String key) {
        return Languages.text(BUNDLE, locale, key);
    }

    /** A device call refused because the device is not in service (403), saying why, so its log tells what to fix. */
    public static RequestRefused outOfService(String key) {
        return new RequestRefused(FORBIDDEN, "urn:sitepass:problem:device-out-of-service", text(key));
    }

    /**
     * A device token issued before the device's secret was last rotated (401): the device asks for a new one with
     * its current secret.
     */
    public static RequestRefused tokenSuperseded() {
        return new RequestRefused(UNAUTHORIZED, "urn:sitepass:problem:device-token-superseded",
                text("devices.refused.tokenSuperseded"));
    }

    /** A change the device's state does not allow (409), saying why. */
    public static RequestRefused conflict(String key, Object... arguments) {
        return RequestRefused.conflict("device", text(key, arguments));
    }
}
