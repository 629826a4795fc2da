package org.sitepass.inspections.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One checklist item's verdict at a venue, with the inspector's note. */
@Embeddable
public class Finding {

    @Enumerated(EnumType.STRING)
    @Column(name = "item")
    private ChecklistItem item;
    @Enumerated(EnumType.STRING)
    @Column(name = "verdict")
    private Verdict verdict;
    @Column(name = "note")
    private String note;

    protected Finding() {
    }

    public Finding(ChecklistItem item, Verdict verdict, String note) {
        this.item = item;
        this.verdict = verdict;
        this.note = note;
    }

    public ChecklistItem getItem() {
        return item;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public String getNote() {
        return note;
    }
}
