package org.sitepass.platform.control;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitepass.platform.Roles;

/**
 * Which client of the realm may hand out which role. Keycloak signs whatever claims a client's mappers produce, so
 * a client made with hard-coded {@code groups} would otherwise speak for anyone: a role counts only when the token's
 * authorised party ({@code azp}) is a client meant to carry it. Person roles come from the clients that log people
 * in, each service role from its own client, and any other client may carry SENTRY alone, as a device whose client
 * the device registry must still know. Roles SitePass does not use (Keycloak's own defaults) grant nothing and are
 * ignored.
 */
public final class RoleSources {

    /** What a token's roles, weighed against its client, allow. */
    public enum Verdict {
        /** Its roles come from a client meant to carry them. */
        TRUSTED,
        /** A SENTRY token from a client that is neither a person's nor a service's: the registry decides. */
        DEVICE,
        /** A role from a client not meant to carry it, or no client at all. */
        REFUSED
    }

    private final Set<String> personClients;
    private final Map<String, String> serviceClients;

    /**
     * @param personClients  the clients that log people in
     * @param serviceClients each service role and the one client that may carry it
     */
    public RoleSources(Collection<String> personClients, Map<String, String> serviceClients) {
        this.personClients = Set.copyOf(personClients);
        this.serviceClients = Map.copyOf(serviceClients);
    }

    /**
     * From settings as written in configuration: {@code sitepass-web,sitepass-cli} and
     * {@code METRICS=sitepass-metrics,HEALTH_FEED=sitepass-health-feed}; blanks are ignored.
     *
     * @throws IllegalArgumentException a service entry without {@code =}, so that a typo cannot open a role
     */
    public static RoleSources of(String personClients, String serviceClients) {
        Map<String, String> services = items(serviceClients).stream().map(entry -> {
            int equals = entry.indexOf('=');
            if (equals <= 0 || equals == entry.length() - 1) {
                throw new IllegalArgumentException("a service client is set as ROLE=client-id, not " + entry);
            }
            return Map.entry(entry.substring(0, equals).trim(), entry.substring(equals + 1).trim());
        }).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return new RoleSources(items(personClients), services);
    }

    private static Set<String> items(String list) {
        return list == null ? Set.of() : Arrays.stream(list.split(",")).map(String::trim)
                .filter(item -> !item.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    public Verdict judge(String client, Collection<String> roles) {
        if (client == null || client.isBlank()) {
            return Verdict.REFUSED;
        }
        Set<String> ours = new HashSet<>(roles);
        ours.removeIf(role -> !isOurs(role));
        if (personClients.contains(client)) {
            return Roles.PEOPLE.containsAll(ours) ? Verdict.TRUSTED : Verdict.REFUSED;
        }
        if (serviceClients.containsValue(client)) {
            return ours.stream().allMatch(role -> client.equals(serviceClients.get(role)))
                    ? Verdict.TRUSTED : Verdict.REFUSED;
        }
        return ours.equals(Set.of(Roles.SENTRY)) ? Verdict.DEVICE : Verdict.REFUSED;
    }

    /** A service role counts even when no client is configured for it, so that it then comes from none. */
    private boolean isOurs(String role) {
        return Roles.PEOPLE.contains(role) || Roles.SENTRY.equals(role) || Roles.SERVICES.contains(role)
                || serviceClients.containsKey(role);
    }
}
