package org.sitepass.tracing.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.sitepass.platform.PlainText;

/** The text people read about an exposure, as a tracer corrects it. */
public class NoticeText {

    @NotBlank(message = "{sitepass.validation.required}")
    @Size(min = 2, max = 500, message = "{sitepass.validation.reason}")
    @PlainText
    private String text;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
