package org.sitepass.residents.control;

import java.time.Instant;
import org.sitepass.residents.Colour;
import org.sitepass.residents.TestResult;
import org.sitepass.residents.entity.AntigenTest;
import org.sitepass.residents.entity.DocumentNumber;
import org.sitepass.residents.entity.Resident;
import org.sitepass.residents.entity.SourceVersion;
import org.sitepass.residents.entity.Vaccination;

/**
 * One record of a health-feed batch as read and checked: its place in the batch, the source's version of it and the
 * document of the person it concerns. Texts that are sealed at rest (name, mobile, reason, institution) are still in
 * clear here and never leave the feed's transaction; a record's text names only its place, kind, version and the
 * document masked, so that a log line or an exception shows no name, mobile or health fact.
 */
public sealed interface FeedRecord {

    /** The kinds a batch may hold, as the feed names them. */
    enum Kind {
        RESIDENT, COLOUR, NAT, ANTIGEN, VACCINATION
    }

    int index();

    Kind kind();

    SourceVersion version();

    DocumentNumber document();

    /** What every record's {@code toString} says: nothing a person could be read from. */
    static String describe(FeedRecord record) {
        SourceVersion version = record.version();
        return record.kind() + "[index=" + record.index() + ", source=" + version.source() + "/"
                + version.sourceId() + "@" + version.sourceTime() + ", document=" + record.document() + "]";
    }

    /** A resident registered or corrected: who the health records name by their document. */
    record ResidentRecord(int index, SourceVersion version, DocumentNumber document, String name, String mobile,
                          Resident.Particulars particulars) implements FeedRecord {

        @Override
        public Kind kind() {
            return Kind.RESIDENT;
        }

        @Override
        public String toString() {
            return FeedRecord.describe(this);
        }
    }

    /** The health-code system's colour from a time on, with a reason the person reads. */
    record ColourRecord(int index, SourceVersion version, DocumentNumber document, Colour colour, String reasonCode,
                        String reason, Instant effectiveAt) implements FeedRecord {

        @Override
        public Kind kind() {
            return Kind.COLOUR;
        }

        @Override
        public String toString() {
            return FeedRecord.describe(this);
        }
    }

    /** A nucleic-acid test; a pending one has no result time yet. */
    record NatRecord(int index, SourceVersion version, DocumentNumber document, Instant sampledAt,
                     Instant resultedAt, TestResult result, String institution) implements FeedRecord {

        @Override
        public Kind kind() {
            return Kind.NAT;
        }

        @Override
        public String toString() {
            return FeedRecord.describe(this);
        }
    }

    record AntigenRecord(int index, SourceVersion version, DocumentNumber document, AntigenTest.Facts facts)
            implements FeedRecord {

        @Override
        public Kind kind() {
            return Kind.ANTIGEN;
        }

        @Override
        public String toString() {
            return FeedRecord.describe(this);
        }
    }

    record VaccinationRecord(int index, SourceVersion version, DocumentNumber document, Vaccination.Facts facts)
            implements FeedRecord {

        @Override
        public Kind kind() {
            return Kind.VACCINATION;
        }

        @Override
        public String toString() {
            return FeedRecord.describe(this);
        }
    }
}
