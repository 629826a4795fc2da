package org.sitepass.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.sitepass.platform.Districts;
import org.sitepass.platform.LabelContribution;
import org.sitepass.platform.Labels;
import org.sitepass.platform.Languages;

/** The platform's codes by name: its audit actions, outcomes and roles, and the districts and streets. */
@ApplicationScoped
public class PlatformCodeLabels implements LabelContribution {

    @Inject
    Districts districts;

    @Override
    public String bundle() {
        return Languages.PLATFORM_BUNDLE;
    }

    @Override
    public Optional<String> name(String kind, String code, Locale locale) {
        return switch (kind) {
            case Labels.DISTRICT -> districts.district(code).map(d -> d.name(locale));
            case Labels.STREET -> districts.street(code).map(s -> s.name(locale));
            default -> Optional.empty();
        };
    }
}
