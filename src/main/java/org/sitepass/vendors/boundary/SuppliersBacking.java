package org.sitepass.vendors.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.sitepass.platform.PlainText;
import org.sitepass.vendors.control.SupplierDirectory;

/** Backs {@code /suppliers.xhtml}: the public qualified-supplier directory with its search. */
@Named
@ViewScoped
public class SuppliersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SupplierDirectory directory;

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
