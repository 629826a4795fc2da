import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The dev stack's demo residents as one health-feed batch, written to standard output for {@code bin/sitepass up} to
 * post with the feed's own client, the way the city's systems would. The people, their colours and their doses carry
 * fixed source ids and source times, so posting the batch again changes nothing; tests are dated from today and named
 * by the day, so that each day's {@code up} brings fresh ones (older ones leave with the retention purge) while a
 * second {@code up} on the same day changes nothing. Deterministic: the same people every time.
 *
 * <p>Run: {@code java config/demo/DemoResidents.java > batch.json}
 */
public class DemoResidents {

    static final String SOURCE = "demo-healthcode";
    static final String LAB = "demo-lab";
    /** The version of every person, colour and dose: fixed, so that they are sent again unchanged. */
    static final String FIXED_TIME = "2026-01-01T00:00:00Z";
    static final String[] DISTRICTS = {"310101", "310104", "310105", "310106", "310107", "310109", "310110",
        "310112", "310113", "310114", "310115", "310116", "310117", "310118", "310120", "310151"};
    static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
        "胡", "郭", "何", "林", "罗", "高", "欧阳", "司马"};
    static final String[] GIVEN = {"伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰",
        "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建华", "志强", "晓东", "雨轩", "子涵", "欣怡", "浩然"};
    static final String[] INSTITUTIONS = {"上海市第一人民医院", "复旦大学附属华山医院", "上海交通大学医学院附属瑞金医院",
        "虹口区江湾镇社区卫生服务中心", "浦东新区潍坊社区卫生服务中心"};
    static final int GENERATED = 300;

    final Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    /** Birth dates count back from a fixed day, so that the same people have the same numbers every day. */
    static final LocalDate REFERENCE = LocalDate.of(2026, 12, 1);
    final String day = LocalDate.now(ZoneOffset.ofHours(8)).toString().replace("-", "");
    final Random random = new Random(20221204);
    final List<String> records = new ArrayList<>();
    int serial;

    public static void main(String[] args) {
        DemoResidents demo = new DemoResidents();
        demo.wellKnown();
        demo.generated();
        System.out.println("{\"records\": [\n" + String.join(",\n", demo.records) + "\n]}");
    }

    /** The people the README names, each showing one case. */
    void wellKnown() {
        String zhangSan = idCard("310109", LocalDate.of(1990, 3, 7), 123);
        person("resident1", "10", zhangSan, "张三", "13800000001", "310109", null, false);
        nat("resident1", zhangSan, Duration.ofHours(20), "NEGATIVE");
        doses("resident1", zhangSan, 3);

        String liSi = idCard("310109", LocalDate.of(1985, 11, 20), 457);
        person("red", "10", liSi, "李四", "13800000002", "310109", null, false);
        colour("red", liSi, "RED", "CLOSE_CONTACT", "您被判定为密切接触者，请居家隔离并配合社区安排核酸检测。", 2);
        nat("red", liSi, Duration.ofHours(30), "POSITIVE");

        String wangWu = idCard("310115", LocalDate.of(1978, 6, 15), 311);
        person("yellow", "10", wangWu, "王五", "13800000003", "310115", null, false);
        colour("yellow", wangWu, "YELLOW", "TRIP",
                "您近 7 天内到访过中风险地区，请在 3 天内完成 2 次核酸检测。", 1);
        nat("yellow", wangWu, Duration.ofHours(6), "PENDING");

        String child = idCard("310109", REFERENCE.minusYears(8).minusDays(40), 222);
        person("child", "10", child, "王小明", "13800000004", "310109", null, false);
        nat("child", child, Duration.ofHours(70), "NEGATIVE");

        String elder = idCard("310110", LocalDate.of(1946, 2, 1), 264);
        person("elder", "10", elder, "赵桂英", null, "310110", null, true);
        nat("elder", elder, Duration.ofDays(5), "NEGATIVE");
        doses("elder", elder, 2);

        person("hk", "14", "H12345678", "陳大文", "13800000005", "310104", LocalDate.of(1992, 8, 8), false);
        nat("hk", "14", "H12345678", Duration.ofHours(40), "NEGATIVE");
        person("passport", "20", "E98765432", "John Smith", "13800000006", "310115", LocalDate.of(1980, 1, 31),
                false);
        antigen("passport", "20", "E98765432", Duration.ofHours(10), "NEGATIVE");
    }

    /** Every colour, fresh and stale tests, pending and positive, children, elders, the disabled, other documents. */
    void generated() {
        for (int i = 1; i <= GENERATED; i++) {
            String id = String.format("g%03d", i);
            String district = DISTRICTS[i % DISTRICTS.length];
            LocalDate born = bornFor(i);
            String type = i % 25 == 0 ? "20" : i % 31 == 0 ? "14" : i % 37 == 0 ? "15" : i % 41 == 0 ? "34" : "10";
            String number = switch (type) {
                case "14" -> (i % 2 == 0 ? "H" : "M") + String.format("%08d", 10_000_000 + i);
                case "15" -> String.format("%08d", 20_000_000 + i);
                case "20" -> String.format("E%08d", 30_000_000 + i);
                case "34" -> String.format("USA%012d", 310_000_000_000L + i);
                default -> idCard(district, born, i % 1000);
            };
            String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
            String mobile = i % 9 == 0 ? null : String.format("139%08d", 10_000_000 + i);
            person(id, type, number, name, mobile, district, "10".equals(type) ? null : born, i % 50 == 7);
            int colour = i % 20;
            if (colour == 3) {
                colour(id, type, number, "RED", "CLOSE_CONTACT", "您被判定为密切接触者，请居家隔离。", 1 + i % 5);
            } else if (colour == 4 || colour == 5) {
                colour(id, type, number, "YELLOW", "TRIP", "您近 7 天内到访过中风险地区，请尽快完成核酸检测。", 1 + i % 3);
            } else if (colour == 6) {
                colour(id, type, number, "GREEN", "CLEARED", "经核酸检测排除风险，已转为绿码。", 1);
            }
            switch (i % 8) {
                case 0, 1, 2 -> nat(id, type, number, Duration.ofHours(2 + random.nextInt(40)), "NEGATIVE");
                case 3 -> nat(id, type, number, Duration.ofHours(49 + random.nextInt(22)), "NEGATIVE");
                case 4 -> nat(id, type, number, Duration.ofDays(4 + random.nextInt(10)), "NEGATIVE");
                case 5 -> nat(id, type, number, Duration.ofHours(3), "PENDING");
                case 6 -> antigen(id, type, number, Duration.ofHours(5 + random.nextInt(30)),
                        i % 48 == 6 ? "POSITIVE" : "NEGATIVE");
                default -> {
                    // no test at all
                }
            }
            if (colour == 3 && i % 8 != 5) {
                nat(id + "p", type, number, Duration.ofHours(26), "POSITIVE");
            }
            doses(id, type, number, i % 4);
        }
    }

    /** Children under 14 and under 18, adults, and elders of 60 and over, in about these shares. */
    LocalDate bornFor(int i) {
        return switch (i % 10) {
            case 0 -> REFERENCE.minusYears(2 + random.nextInt(12)).minusDays(random.nextInt(365));
            case 1 -> REFERENCE.minusYears(14 + random.nextInt(4)).minusDays(random.nextInt(365));
            case 2, 3 -> REFERENCE.minusYears(60 + random.nextInt(30)).minusDays(random.nextInt(365));
            default -> REFERENCE.minusYears(18 + random.nextInt(42)).minusDays(random.nextInt(365));
        };
    }

    void person(String id, String type, String number, String name, String mobile, String district,
                LocalDate born, boolean disabled) {
        StringBuilder json = record("RESIDENT", SOURCE, "demo-r-" + id, FIXED_TIME, type, number)
                .append(", \"name\": \"").append(name).append("\", \"district\": \"").append(district)
                .append("\", \"disabled\": ").append(disabled);
        if (mobile != null) {
            json.append(", \"mobile\": \"").append(mobile).append('"');
        }
        if (born != null) {
            json.append(", \"birthDate\": \"").append(born).append('"');
        }
        records.add(json.append('}').toString());
    }

    void colour(String id, String number, String colour, String code, String reason, int daysAgo) {
        colour(id, "10", number, colour, code, reason, daysAgo);
    }

    void colour(String id, String type, String number, String colour, String code, String reason, int daysAgo) {
        String effective = now.minus(Duration.ofDays(daysAgo)).truncatedTo(ChronoUnit.DAYS).toString();
        records.add(record("COLOUR", SOURCE, "demo-c-" + id, FIXED_TIME, type, number)
                .append(", \"colour\": \"").append(colour).append("\", \"reasonCode\": \"").append(code)
                .append("\", \"reason\": \"").append(reason).append("\", \"effectiveAt\": \"").append(effective)
                .append("\"}").toString());
    }

    void nat(String id, String number, Duration ago, String result) {
        nat(id, "10", number, ago, result);
    }

    void nat(String id, String type, String number, Duration ago, String result) {
        Instant sampled = now.minus(ago);
        StringBuilder json = record("NAT", LAB, "demo-n-" + id + "-" + day, sampled.toString(), type, number)
                .append(", \"sampledAt\": \"").append(sampled).append("\", \"result\": \"").append(result)
                .append("\", \"institution\": \"").append(INSTITUTIONS[Math.abs(id.hashCode()) % INSTITUTIONS.length])
                .append('"');
        if (!"PENDING".equals(result)) {
            json.append(", \"resultedAt\": \"").append(sampled.plus(Duration.ofHours(5))).append('"');
        }
        records.add(json.append('}').toString());
    }

    void antigen(String id, String type, String number, Duration ago, String result) {
        Instant tested = now.minus(ago);
        records.add(record("ANTIGEN", SOURCE, "demo-a-" + id + "-" + day, tested.toString(), type, number)
                .append(", \"testedAt\": \"").append(tested).append("\", \"result\": \"").append(result)
                .append("\"}").toString());
    }

    void doses(String id, String number, int count) {
        doses(id, "10", number, count);
    }

    void doses(String id, String type, String number, int count) {
        for (int dose = 1; dose <= count; dose++) {
            Instant given = Instant.parse("2021-04-01T02:00:00Z").plus(Duration.ofDays(60L * (dose - 1)));
            records.add(record("VACCINATION", SOURCE, "demo-v-" + id + "-" + dose, FIXED_TIME, type, number)
                    .append(", \"doseNumber\": ").append(dose).append(", \"vaccinatedAt\": \"").append(given)
                    .append("\", \"product\": \"新冠病毒灭活疫苗（Vero细胞）\"}").toString());
        }
    }

    static StringBuilder record(String kind, String source, String sourceId, String sourceTime, String type,
                                String number) {
        return new StringBuilder("{\"kind\": \"").append(kind).append("\", \"source\": \"").append(source)
                .append("\", \"sourceId\": \"").append(sourceId).append("\", \"sourceTime\": \"").append(sourceTime)
                .append("\", \"documentType\": \"").append(type).append("\", \"documentNumber\": \"").append(number)
                .append('"');
    }

    /** A resident ID card number (GB 11643): region, birth date, sequence (odd for a man), check character. */
    static String idCard(String region, LocalDate born, int sequence) {
        String body = region + born.toString().replace("-", "") + String.format("%03d", sequence);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
