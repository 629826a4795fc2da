package org.sitepass.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The street list is long reference data taken from the statistical division codes; reading the migration itself
 * catches a wrong code, district or kind before a venue is filed under it. Needs no database.
 */
class StreetsMigrationTest {

    private static final Path MIGRATION = Path.of("db/migrations/V1_0_003__platform_streets.sql");
    private static final Pattern ROW = Pattern.compile(
            "\\('(\\d+)', '(\\d+)', '((?:[^']|'')*)', '((?:[^']|'')*)', '([A-Z]+)'\\)");
    private static final Set<String> DISTRICTS = Set.of("310101", "310104", "310105", "310106", "310107", "310109",
            "310110", "310112", "310113", "310114", "310115", "310116", "310117", "310118", "310120", "310151");
    private static final Set<String> KINDS = Set.of("SUBDISTRICT", "TOWN", "TOWNSHIP", "OTHER");

    private record Street(String code, String district, String nameZh, String nameEn, String kind) {
    }

    private static String sql;
    private static Map<String, Street> streets;

    @BeforeAll
    static void parse() throws IOException {
        sql = Files.readString(MIGRATION, StandardCharsets.UTF_8);
        streets = new LinkedHashMap<>();
        Matcher row = ROW.matcher(sql);
        while (row.find()) {
            Street street = new Street(row.group(1), row.group(2), row.group(3).replace("''", "'"),
                    row.group(4).replace("''", "'"), row.group(5));
            assertNull(streets.put(street.code(), street), "code " + street.code() + " appears twice");
        }
    }

    @Test
    void everyInsertedRowIsParsed() {
        long tupleLines = sql.lines().filter(line -> line.startsWith("('")).count();
        assertEquals(tupleLines, streets.size());
    }

    @Test
    void sizeMatchesShanghai() {
        assertTrue(streets.size() >= 220 && streets.size() <= 250, streets.size() + " streets");
        // 107 subdistricts, 106 towns and 2 townships; the rest are zones and farms.
        assertEquals(215, streets.values().stream().filter(street -> !"OTHER".equals(street.kind())).count());
    }

    @Test
    void everyDistrictHasStreetsAndEveryStreetADistrict() {
        for (String district : DISTRICTS) {
            assertTrue(streets.values().stream().anyMatch(street -> street.district().equals(district)),
                    district + " has no street");
        }
        for (Street street : streets.values()) {
            assertTrue(DISTRICTS.contains(street.district()), street + " names an unknown district");
            assertTrue(street.code().matches("\\d{9}") && street.code().startsWith(street.district()),
                    street + " has a code outside its district");
        }
    }

    @Test
    void kindsAndNamesAreWellFormed() {
        for (Street street : streets.values()) {
            assertTrue(KINDS.contains(street.kind()), street + " has an unknown kind");
            assertFalse(street.nameZh().isBlank(), street + " has no Chinese name");
            assertTrue(!street.nameEn().isBlank() && street.nameEn().chars().allMatch(c -> c >= 0x20 && c < 0x7f),
                    street + " has no plain ASCII English name");
            String suffix = switch (street.kind()) {
                case "SUBDISTRICT" -> "街道";
                case "TOWN" -> "镇";
                case "TOWNSHIP" -> "乡";
                default -> "";
            };
            assertTrue(street.nameZh().endsWith(suffix), street + " does not look like its kind");
        }
    }

    @Test
    void wellKnownStreetsAreThere() {
        assertStreet("310101002", "南京东路街道", "Nanjing Donglu Subdistrict", "SUBDISTRICT");
        assertStreet("310101013", "外滩街道", "Waitan Subdistrict", "SUBDISTRICT");
        assertStreet("310106013", "静安寺街道", "Jing'ansi Subdistrict", "SUBDISTRICT");
        assertStreet("310109009", "欧阳路街道", "Ouyang Lu Subdistrict", "SUBDISTRICT");
        assertStreet("310109017", "四川北路街道", "Sichuan Beilu Subdistrict", "SUBDISTRICT");
        assertStreet("310112101", "莘庄镇", "Xinzhuang Town", "TOWN");
        assertStreet("310118109", "重固镇", "Chonggu Town", "TOWN");
        assertStreet("310151202", "横沙乡", "Hengsha Township", "TOWNSHIP");
        assertEquals("OTHER", streets.get("310115503").kind());
    }

    @Test
    void districtsHaveTheirKnownShape() {
        assertEquals(10, count("310101", "SUBDISTRICT"));
        assertEquals(List.of("310109009", "310109010", "310109011", "310109014", "310109016", "310109017",
                "310109018", "310109019"),
                streets.values().stream().filter(street -> street.district().equals("310109")).map(Street::code)
                        .toList());
        assertEquals(12, count("310115", "SUBDISTRICT"));
        assertEquals(24, count("310115", "TOWN"));
        assertEquals(2, count("310151", "TOWNSHIP"));
    }

    private static long count(String district, String kind) {
        return streets.values().stream()
                .filter(street -> street.district().equals(district) && street.kind().equals(kind)).count();
    }

    private static void assertStreet(String code, String nameZh, String nameEn, String kind) {
        Street street = streets.get(code);
        assertNotNull(street, code + " is missing");
        assertEquals(code.substring(0, 6), street.district());
        assertEquals(nameZh, street.nameZh());
        assertEquals(nameEn, street.nameEn());
        assertEquals(kind, street.kind());
    }
}
