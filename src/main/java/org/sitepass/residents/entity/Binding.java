package org.sitepass.residents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.sitepass.platform.RequestRefused;
import org.sitepass.residents.ResidentsTexts;

/**
 * A resident account bound, after a real-name check, to the resident it speaks for. An officer undoes a wrong
 * binding; the row stays as its history, and the account may bind again.
 */
@Entity
@Table(name = "residents_binding")
public class Binding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String account;
    @Column(name = "resident_id")
    private long residentId;
    @Column(name = "bound_at")
    private Instant boundAt;
    @Column(name = "undone_at")
    private Instant undoneAt;
    @Column(name = "undone_by")
    private String undoneBy;
    @Column(name = "undo_reason")
    private String undoReason;
    @Version
    private long version;

    protected Binding() {
    }

    public static Binding bind(String account, long residentId, Instant now) {
        Binding binding = new Binding();
        binding.account = account;
        binding.residentId = residentId;
        binding.boundAt = now;
        return binding;
    }

    public void undo(String officer, String reason, Instant now) {
        RequestRefused.unless(undoneAt == null,
                () -> ResidentsTexts.conflict("binding", "residents.binding.refused.undone"));
        undoneAt = now;
        undoneBy = officer;
        undoReason = reason;
    }

    public boolean isInForce() {
        return undoneAt == null;
    }

    public long id() {
        return id;
    }

    public String account() {
        return account;
    }

    public long residentId() {
        return residentId;
    }

    public Instant boundAt() {
        return boundAt;
    }

    public Instant undoneAt() {
        return undoneAt;
    }
}
