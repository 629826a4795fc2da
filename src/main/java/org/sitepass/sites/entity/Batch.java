package org.sitepass.sites.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** A batch file as uploaded, kept with its outcome so that a chain can show what it sent. */
@Entity
@Table(name = "sites_batch")
public class Batch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String manager;
    @Column(name = "file_name")
    private String fileName;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;
    @Column(name = "rows_accepted")
    private int rowsAccepted;
    @Column(name = "rows_rejected")
    private int rowsRejected;
    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected Batch() {
    }

    public Batch(String manager, String fileName, byte[] content, Instant uploadedAt) {
        this.manager = manager;
        this.fileName = fileName;
        this.content = content.clone();
        this.uploadedAt = uploadedAt;
    }

    public void count(int accepted, int rejected) {
        this.rowsAccepted = accepted;
        this.rowsRejected = rejected;
    }

    public Long getId() {
        return id;
    }

    public String getManager() {
        return manager;
    }

    public String getFileName() {
        return fileName;
    }

    public int getRowsAccepted() {
        return rowsAccepted;
    }

    public int getRowsRejected() {
        return rowsRejected;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
