package org.sitepass.vendors.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** A licence or test report as uploaded, with the type its content showed, not the one its name claimed. */
@Entity
@Table(name = "vendors_document")
public class Document {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "vendor_id")
    private long vendorId;
    @Column(name = "model_id")
    private Long modelId;
    @Enumerated(EnumType.STRING)
    private DocumentKind kind;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "content_type")
    private String contentType;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;
    @Column(name = "size_bytes")
    private int sizeBytes;
    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected Document() {
    }

    public Document(long vendorId, Long modelId, DocumentKind kind, String fileName, String contentType,
                    byte[] content, Instant uploadedAt) {
        this.vendorId = vendorId;
        this.modelId = modelId;
        this.kind = kind;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public long getVendorId() {
        return vendorId;
    }

    public Long getModelId() {
        return modelId;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
