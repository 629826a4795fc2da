package archfixture.remoteintx.devices.control;

import jakarta.transaction.Transactional;

/** Fixture: a transaction (that may hold the audit chain's lock) reaching the remote call through another class. */
@Transactional
public class Registry {

    private final Credentials credentials = new Credentials();

    public String register() {
        return credentials.register();
    }
}
