package archfixture.remoteintx.devices.control;

import jakarta.transaction.Transactional;

/** Fixture: calls out with no transaction open, as it may. */
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class Credentials {

    private final Clients clients = new Clients();

    public String register() {
        return clients.create();
    }
}
