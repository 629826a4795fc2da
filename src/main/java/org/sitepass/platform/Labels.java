package org.sitepass.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The one place where a code a person reads becomes words in their language: every module contributes the names
 * of its own codes ({@link LabelContribution}), and a code nobody names is shown as it is rather than hidden.
 */
@ApplicationScoped
public class Labels {

    /** What the audit trail says was done, e.g. {@code SITE_CODE_APPROVED}. */
    public static final String ACTION = "action";
    /** The {@link AuditOutcome} of an audited action. */
    public static final String OUTCOME = "outcome";
    /** The type of the object an audited action concerned, e.g. {@code device_model}. */
    public static final String OBJECT = "object";
    /** A realm role, see {@link Roles}. */
    public static final String ROLE = "role";
    public static final String DISTRICT = "district";
    public static final String STREET = "street";
    /** A venue category: data of the sites module, which other modules name and offer as a choice. */
    public static final String VENUE_CATEGORY = "category";

    private List<LabelContribution> contributions;

    protected Labels() {
    }

    public Labels(List<LabelContribution> contributions) {
        this.contributions = List.copyOf(contributions);
    }

    /** Resolved once: contributions are application beans, and a CSV export asks for thousands of names. */
    @Inject
    void contributions(Instance<LabelContribution> all) {
        this.contributions = all.stream().toList();
    }

    /** The name of the code in the given language; the code itself when no module names it, "" for none. */
    public String of(String kind, String code, Locale locale) {
        if (code == null) {
            return "";
        }
        for (LabelContribution contribution : contributions) {
            Optional<String> name = contribution.name(kind, code, locale)
                    .or(() -> text(contribution.bundle(), locale, key(kind, code)));
            if (name.isPresent()) {
                return name.get();
            }
        }
        return code;
    }

    /**
     * Every code of a kind that is data, from the module that owns it: a module offers a choice among another
     * module's codes (a pass rule's venue category) without using that module.
     */
    public List<String> codes(String kind) {
        return contributions.stream().flatMap(contribution -> contribution.codes(kind).stream()).toList();
    }

    /** Where a module's bundle names a code of a kind. */
    public static String key(String kind, String code) {
        return "label." + kind + "." + code;
    }

    private static Optional<String> text(String bundle, Locale locale, String key) {
        ResourceBundle texts = ResourceBundle.getBundle(bundle, locale);
        return texts.containsKey(key) ? Optional.of(texts.getString(key)) : Optional.empty();
    }
}
