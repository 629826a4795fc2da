package org.sitepass.sites.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.sitepass.platform.Districts;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.ModuleText;
import org.sitepass.platform.Street;

/** The rules of a venue that need reference data: a known category, district, and a street in it. */
@ApplicationScoped
public class VenueReferences {

    @Inject
    Districts districts;

    @Inject
    Categories categories;

    public List<InvalidInput.FieldProblem> problems(VenueForm form) {
        List<InvalidInput.FieldProblem> problems = new ArrayList<>();
        if (form.getCategoryCode() != null && categories.find(form.getCategoryCode()).isEmpty()) {
            problems.add(problem("categoryCode", "sites.validation.category"));
        }
        if (form.getDistrictCode() != null && districts.district(form.getDistrictCode()).isEmpty()) {
            problems.add(problem("districtCode", "sites.validation.district"));
        }
        if (form.getStreetCode() != null && !inDistrict(form.getStreetCode(), form.getDistrictCode())) {
            problems.add(problem("streetCode", "sites.validation.streetOfDistrict"));
        }
        return problems;
    }

    public void check(VenueForm form) {
        List<InvalidInput.FieldProblem> problems = problems(form);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private boolean inDistrict(String streetCode, String districtCode) {
        return districts.street(streetCode).map(Street::districtCode).filter(d -> d.equals(districtCode)).isPresent();
    }

    private static InvalidInput.FieldProblem problem(String field, String key) {
        return new InvalidInput.FieldProblem(field, ModuleText.validation(key));
    }
}
