package org.sitepass.residents.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.Caller;
import org.sitepass.platform.Roles;
import org.sitepass.residents.ResidentRef;
import org.sitepass.residents.entity.DocumentNumber;
import org.sitepass.residents.entity.DocumentType;
import org.sitepass.residents.entity.Resident;
import org.sitepass.residents.entity.SealedIdentity;
import org.sitepass.residents.entity.Sex;
import org.sitepass.residents.entity.SourceVersion;

class ResidentRegistryTest {

    private static final Instant NOW = Instant.parse("2026-12-04T02:00:00Z");
    private static final Resident PERSON = Resident.register(new ResidentRef("abcdefghijklmnopqrstuv"),
            DocumentType.RESIDENT_ID_CARD, new SealedIdentity("n", "ni", "name", null, null),
            new Resident.Particulars("310101", null, Sex.MALE, false), new SourceVersion("hc", "1", NOW), NOW);
    private static final DocumentNumber DOCUMENT = DocumentNumber.of(DocumentType.RESIDENT_ID_CARD,
            "11010519491231002X");

    /** Holds {@link #PERSON}, named 王小明, under any document and as resident 7. */
    private final ResidentRegistry registry = new ResidentRegistry() {
        @Override
        public Optional<Resident> byDocument(DocumentNumber document) {
            return Optional.of(PERSON);
        }

        @Override
        public Optional<Resident> byId(long id) {
            return id == 7 ? Optional.of(PERSON) : Optional.empty();
        }

        @Override
        public String nameOf(Resident resident) {
            return "王小明";
        }
    };

    private static Caller officerOf(String district) {
        return new Caller("officer", Set.of(Roles.OFFICER), district);
    }

    @Test
    void aPersonIsFoundByDocumentOnlyWithTheirName() {
        assertEquals(Optional.of(PERSON), registry.byDocumentAndName(DOCUMENT, "王小明"));
        assertEquals(Optional.of(PERSON), registry.byDocumentAndName(DOCUMENT, " 王小明 "));
        assertEquals(Optional.empty(), registry.byDocumentAndName(DOCUMENT, "王小"));
        assertEquals(Optional.empty(), registry.byDocumentAndName(DOCUMENT, null));
    }

    @Test
    void anOfficerCoversTheResidentsOfTheirDistrictOnly() {
        assertTrue(ResidentRegistry.ofDistrict(officerOf("310101"), PERSON));
        assertTrue(registry.ofDistrict(officerOf("310101"), 7));
        assertFalse(ResidentRegistry.ofDistrict(officerOf("310115"), PERSON));
        assertFalse(registry.ofDistrict(officerOf("310101"), 8), "an unknown resident is of no district");
    }

    @Test
    void anOfficerWithoutADistrictCoversNobody() {
        assertFalse(ResidentRegistry.ofDistrict(officerOf(null), PERSON));
        assertEquals("", ResidentRegistry.districtOf(officerOf(null)));
        assertEquals("310101", ResidentRegistry.districtOf(officerOf("310101")));
    }
}
