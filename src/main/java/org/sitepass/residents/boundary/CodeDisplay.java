package org.sitepass.residents.boundary;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.sitepass.platform.CityTime;
import org.sitepass.residents.ResidentsTexts;

/**
 * A code as a page draws it: the view, its QR image, when it lapses in words, and how often the page asks for a new
 * one, ten seconds before the window ends, so that the code shown is never a lapsed one.
 */
public final class CodeDisplay implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(CityTime.ZONE);
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(CityTime.ZONE);
    private static final int MARGIN_SECONDS = 10;
    private static final int MIN_INTERVAL_SECONDS = 5;

    private final CodeCardView view;
    private final String qr;
    private final String expires;
    private final int refreshSeconds;

    CodeDisplay(CodeCardView view, Duration validity, Locale locale) {
        this.view = view;
        this.qr = QrImages.dataUri(view.payload());
        this.expires = ResidentsTexts.text("residents.codes.page.expires", TIME.format(view.expiresAt())).in(locale);
        this.refreshSeconds = (int) Math.max(MIN_INTERVAL_SECONDS, validity.toSeconds() - MARGIN_SECONDS);
    }

    public CodeCardView getView() {
        return view;
    }

    public String getQr() {
        return qr;
    }

    public String getExpires() {
        return expires;
    }

    public int getRefreshSeconds() {
        return refreshSeconds;
    }

    /** When a notice was written, in the city's time to the minute. */
    public String timeOf(Instant writtenAt) {
        return WRITTEN.format(writtenAt);
    }
}
