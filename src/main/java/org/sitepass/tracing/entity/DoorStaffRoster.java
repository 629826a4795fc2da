package org.sitepass.tracing.entity;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.RequestRefused;
import org.sitepass.tracing.TracingTexts;

/**
 * The door staff of one venue and the rules of naming them: an account is a Keycloak user name, named once, never
 * the venue's own manager (who checks at the door anyway), and a venue names at most {@link #MAX_STAFF}, a door's
 * shifts rather than a workforce.
 */
public final class DoorStaffRoster {

    public static final int MAX_STAFF = 50;
    /** Keycloak's user names as this realm makes them: lower case, as Keycloak stores them. */
    static final Pattern ACCOUNT = Pattern.compile("[a-z0-9][a-z0-9_.@-]{0,63}");
    static final String SUBJECT = "door-staff";

    private final long venueId;
    private final String manager;
    private final List<DoorStaff> named;

    /**
     * @param manager the venue's manager's user name
     * @param named   the accounts named so far
     */
    public DoorStaffRoster(long venueId, String manager, List<DoorStaff> named) {
        this.venueId = venueId;
        this.manager = manager;
        this.named = List.copyOf(named);
    }

    /** The account as stored: trimmed and in lower case, as Keycloak compares user names. */
    public static String normalised(String account) {
        return account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Names an account door staff of the venue.
     *
     * @throws InvalidInput    on {@code account} for anything that cannot be a user name, or the manager's own
     * @throws RequestRefused  409 when the account is named already or the venue has its maximum
     */
    public DoorStaff name(String account, String namedBy, Instant now) {
        String user = normalised(account);
        if (!ACCOUNT.matcher(user).matches()) {
            throw InvalidInput.of("account", TracingTexts.text("tracing.doorStaff.accountInvalid"));
        }
        if (user.equals(manager)) {
            throw InvalidInput.of("account", TracingTexts.text("tracing.doorStaff.manager"));
        }
        RequestRefused.unless(find(user).isEmpty(),
                () -> TracingTexts.conflict(SUBJECT, "tracing.doorStaff.duplicate", user));
        RequestRefused.unless(named.size() < MAX_STAFF,
                () -> TracingTexts.conflict(SUBJECT, "tracing.doorStaff.full", MAX_STAFF));
        return new DoorStaff(venueId, user, namedBy, now);
    }

    /** The account's naming at this venue, if it is named. */
    public Optional<DoorStaff> find(String account) {
        String user = normalised(account);
        return named.stream().filter(staff -> staff.getAccount().equals(user)).findFirst();
    }

    public List<DoorStaff> named() {
        return named;
    }
}
