package org.sitepass.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.event.container.AfterUnDeploy;
import org.jboss.arquillian.container.spi.event.container.BeforeDeploy;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Payara's Arquillian container stops a test class's server by sending it a signal and returns at once, so the next
 * class's server could start while the last one still held the port and find it taken. Here a class's server is
 * awaited until it has exited (and logs how long that took), and the next one starts only once the port is free.
 */
public class OneServerAtATime implements LoadableExtension {

    private static final Logger LOG = Logger.getLogger(OneServerAtATime.class.getName());
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration PORT_TIMEOUT = Duration.ofSeconds(90);

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(OneServerAtATime.class);
    }

    public void awaitExit(@Observes AfterUnDeploy event) {
        for (ProcessHandle server : servers()) {
            Instant stopping = Instant.now();
            try {
                server.onExit().get(EXIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                LOG.info("the last test server took " + Duration.between(stopping, Instant.now()).toMillis()
                        + " ms to stop");
            } catch (TimeoutException e) {
                LOG.warning("the last test server did not stop within " + EXIT_TIMEOUT + "; killing it");
                server.destroyForcibly();
            } catch (ExecutionException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    public void awaitFreePort(@Observes BeforeDeploy event) throws InterruptedException {
        int port = Integer.parseInt(System.getProperty("it.http.port", "8081"));
        Instant deadline = Instant.now().plus(PORT_TIMEOUT);
        while (listening(port)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("port " + port + " is still taken by another server");
            }
            Thread.sleep(250);
        }
    }

    private static List<ProcessHandle> servers() {
        return ProcessHandle.current().children()
                .filter(child -> child.info().commandLine().orElse("").contains("payara-micro"))
                .toList();
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
