package org.sitepass.vendors.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.sitepass.platform.PlainText;
import org.sitepass.vendors.control.SupplierDirectory;

/**
 * Backs {@code /suppliers.xhtml}: the public qualified-supplier directory with its search. Request-scoped, and the
 * page's view is stateless: anonymous visitors keep no session on the server.
 */
@Named
@RequestScoped
public class SuppliersBacking {

    @Inject
    SupplierDirectory directory;

    @PlainText
    private String query;
    private List<SupplierDirectory.Supplier> suppliers;

    public List<SupplierDirectory.Supplier> getSuppliers() {
        if (suppliers == null) {
            search();
        }
        return suppliers;
    }

    public void search() {
        suppliers = directory.search(query);
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
