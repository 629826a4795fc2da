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

/** A photo of an inspection, kept as pixels only. */
@Entity
@Table(name = "inspections_inspection_photo")
public class InspectionPhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "inspection_id")
    private long inspectionId;
    @Column(name = "content_type")
    private String contentType;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    protected InspectionPhoto() {
    }

    public InspectionPhoto(long inspectionId, String contentType, byte[] content) {
        this.inspectionId = inspectionId;
        this.contentType = contentType;
        this.content = content.clone();
    }

    public Long getId() {
        return id;
    }

    public long getInspectionId() {
        return inspectionId;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
