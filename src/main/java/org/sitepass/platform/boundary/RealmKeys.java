package org.sitepass.platform.boundary;

import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyConverter;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.security.Key;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The realm's signing keys, fetched once, kept parsed (each as a ready Java key) and fetched again when a token names
 * a key not among them (Keycloak rotated its keys) and whenever {@link #refresh()} is called on a schedule (a key
 * the realm withdrew stops counting). A token with an unknown key fetches the set at most once per
 * {@link #UNKNOWN_KEY_PAUSE}, so that forged key ids cannot make every request call Keycloak. Verifying a token
 * therefore reads memory only: re-parsing the set per request was what made the bearer path slow.
 */
final class RealmKeys implements JWSKeySelector<SecurityContext> {

    /** Where the realm publishes its key set (its JWKS document). */
    @FunctionalInterface
    interface Source {
        String fetch() throws IOException;
    }

    static final Duration UNKNOWN_KEY_PAUSE = Duration.ofSeconds(10);
    private static final Logger LOG = Logger.getLogger(RealmKeys.class.getName());

    private record Known(JWK jwk, Key key) {
    }

    /**
     * How long a request with an unknown key waits for a fetch already under way: long enough for a rotation's new
     * key to arrive, short enough that forged key ids during a slow Keycloak cannot hold the http threads.
     */
    static final Duration FETCH_WAIT = Duration.ofMillis(200);

    private final Source source;
    private final Clock clock;
    private final ReentrantLock fetching = new ReentrantLock();
    private volatile List<Known> keys = List.of();
    private volatile Instant lastFetch = Instant.MIN;

    RealmKeys(Source source, Clock clock) {
        this.source = source;
        this.clock = clock;
    }

    @Override
    public List<Key> selectJWSKeys(JWSHeader header, SecurityContext context) throws KeySourceException {
        JWKMatcher matcher = JWKMatcher.forJWSHeader(header);
        if (matcher == null) {
            return List.of();
        }
        List<Key> found = matching(matcher, keys);
        if (found.isEmpty()) {
            found = matching(matcher, fetchForUnknownKey(matcher));
        }
        return found;
    }

    /** Fetches the key set again now, whatever is known; a failure keeps the keys known so far. */
    void refresh() throws KeySourceException {
        fetching.lock();
        try {
            fetch();
        } finally {
            fetching.unlock();
        }
    }

    /**
     * Another request may have fetched the set while this one waited: then that set is the answer. The network is
     * never awaited while holding more than the one fetch under way.
     */
    private List<Known> fetchForUnknownKey(JWKMatcher matcher) throws KeySourceException {
        if (pausing()) {
            return keys;
        }
        try {
            if (!fetching.tryLock(FETCH_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                return keys;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return keys;
        }
        try {
            if (!matching(matcher, keys).isEmpty() || pausing()) {
                return keys;
            }
            fetch();
        } catch (KeySourceException e) {
            LOG.log(Level.WARNING, "bearer tokens cannot be verified: {0}", e.getMessage());
            throw e;
        } finally {
            fetching.unlock();
        }
        return keys;
    }

    private boolean pausing() {
        return clock.instant().isBefore(lastFetch.plus(UNKNOWN_KEY_PAUSE));
    }

    private void fetch() throws KeySourceException {
        lastFetch = clock.instant();
        String document;
        try {
            document = source.fetch();
        } catch (IOException e) {
            throw new KeySourceException("the realm's key set could not be fetched: " + e.getMessage(), e);
        }
        List<Known> fetched = parse(document);
        if (!Set.copyOf(fetched).equals(Set.copyOf(keys))) {
            keys = fetched;
        }
    }

    /**
     * The key set as last fetched, the same object for as long as the realm publishes the same keys: what was verified
     * against one set is to be verified again against another (a key withdrawn may have signed it).
     */
    Object version() {
        return keys;
    }

    private static List<Key> matching(JWKMatcher matcher, List<Known> known) {
        List<Key> found = new ArrayList<>(1);
        for (Known candidate : known) {
            if (matcher.matches(candidate.jwk())) {
                found.add(candidate.key());
            }
        }
        return found;
    }

    private static List<Known> parse(String document) throws KeySourceException {
        try {
            List<Known> parsed = new ArrayList<>();
            // Only public keys count: a shared secret published by mistake must not verify anything.
            for (JWK jwk : JWKSet.parse(document).toPublicJWKSet().getKeys()) {
                for (Key key : KeyConverter.toJavaKeys(List.of(jwk))) {
                    parsed.add(new Known(jwk, key));
                }
            }
            return List.copyOf(parsed);
        } catch (ParseException e) {
            throw new KeySourceException("the realm's key set is not a JWK set: " + e.getMessage(), e);
        }
    }
}
