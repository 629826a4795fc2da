package org.sitepass.residents.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.regex.Pattern;
import org.sitepass.platform.PersonalData;
import org.sitepass.residents.ResidentRef;

/**
 * The six-digit codes that prove a mobile is at hand. A code is stored only as a keyed hash (the platform's blind
 * index) bound to its challenge: a plain hash of a million possible codes would be reversed at once by whoever read
 * the table, and the same code in two challenges hashes differently.
 */
@ApplicationScoped
public class OneTimeCodes {

    static final String HASH_KIND = "residents.binding-code";
    private static final Pattern FORM = Pattern.compile("[0-9]{6}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    PersonalData personalData;

    public String newCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    public String hash(ResidentRef challenge, String code) {
        return personalData.blindIndex(challenge.value() + ":" + code, HASH_KIND);
    }

    /** Whether a typed code has the form of one, before it is compared (and counted). */
    public static boolean isWellFormed(String code) {
        return code != null && FORM.matcher(code).matches();
    }
}
