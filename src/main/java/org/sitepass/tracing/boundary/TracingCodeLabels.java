package org.sitepass.tracing.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import org.sitepass.platform.LabelContribution;
import org.sitepass.tracing.TracingTexts;

/** The tracing module's codes by name (pass sources), from the module's bundle. */
@ApplicationScoped
public class TracingCodeLabels implements LabelContribution {

    @Override
    public String bundle() {
        return TracingTexts.BUNDLE;
    }
}
