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

/** A photo the venue sends with its answer to an order, kept as pixels only. */
@Entity
@Table(name = "inspections_order_photo")
public class OrderPhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "order_id")
    private long orderId;
    @Column(name = "content_type")
    private String contentType;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    protected OrderPhoto() {
    }

    public OrderPhoto(long orderId, String contentType, byte[] content) {
        this.orderId = orderId;
        this.contentType = contentType;
        this.content = content.clone();
    }

    public Long getId() {
        return id;
    }

    public long getOrderId() {
        return orderId;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
