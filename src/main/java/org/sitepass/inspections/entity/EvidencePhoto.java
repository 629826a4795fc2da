package org.sitepass.inspections.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A photo of an audit, kept as pixels only. */
@Entity
@Table(name = "inspections_photo")
public class EvidencePhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "audit_id")
    private long auditId;
    @Column(name = "content_type")
    private String contentType;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    protected EvidencePhoto() {
    }

    public EvidencePhoto(long auditId, String contentType, byte[] content) {
        this.auditId = auditId;
        this.contentType = contentType;
        this.content = content.clone();
    }

    public Long getId() {
        return id;
    }

    public long getAuditId() {
        return auditId;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
