package archfixture.remoteintx.devices.control;

import java.net.http.HttpClient;

/** Fixture: the client of a remote identity provider's admin API. */
public class Clients {

    private final HttpClient http = HttpClient.newHttpClient();

    public String create() {
        return http.toString();
    }
}
