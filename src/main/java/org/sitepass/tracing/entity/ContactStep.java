package org.sitepass.tracing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a contact's handling, as {@link Contact} took it: the status reached, by whom, when. */
@Entity
@Table(name = "tracing_contact_step")
public class ContactStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "contact_id")
    private Contact contact;
    @Enumerated(EnumType.STRING)
    private ContactStatus reached;
    private String detail;
    private String note;
    private String actor;
    @Column(name = "occurred_at")
    private Instant occurredAt;

    protected ContactStep() {
    }

    /**
     * @param detail the assessment or the isolation the step decided, by its name; none for the other steps
     */
    ContactStep(Contact contact, ContactStatus reached, String detail, String note, String actor, Instant occurredAt) {
        this.contact = contact;
        this.reached = reached;
        this.detail = detail;
        this.note = note;
        this.actor = actor;
        this.occurredAt = occurredAt;
    }

    public ContactStatus getReached() {
        return reached;
    }

    public String getDetail() {
        return detail;
    }

    public String getNote() {
        return note;
    }

    public String getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
