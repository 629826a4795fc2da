package org.sitepass.vendors.control;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.sitepass.platform.RequestRefused;
import org.sitepass.vendors.VendorsTexts;
import org.sitepass.vendors.entity.Document;
import org.sitepass.vendors.entity.DocumentKind;

/** Small look-ups the vendors use cases share. */
final class VendorQueries {

    private VendorQueries() {
    }

    static List<Document> documents(EntityManager em, long vendorId, DocumentKind kind, Long modelId) {
        String ofModel = modelId == null ? " AND d.modelId IS NULL" : " AND d.modelId = " + modelId;
        return em.createQuery("SELECT d FROM Document d WHERE d.vendorId = :vendor AND d.kind = :kind" + ofModel,
                        Document.class)
                .setParameter("vendor", vendorId).setParameter("kind", kind).getResultList();
    }

    static RequestRefused refusal(String key) {
        return RequestRefused.conflict("vendor", VendorsTexts.text(key));
    }
}
