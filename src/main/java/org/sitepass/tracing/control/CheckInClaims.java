package org.sitepass.tracing.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;
import org.sitepass.platform.StoredTime;
import org.sitepass.residents.ResidentRef;

/**
 * Decides which of two scans at the same moment records the visit: each moves the resident's latest check-in at the
 * venue on in one statement that the row lock serializes, and only the one that moved it records. Each statement
 * commits by itself, so that no lock is held while the winner waits for the ledger and two claims cannot deadlock.
 * Only update counts of statements whose every matched row changes are read: the driver reports matched rows, not
 * changed ones, unless told otherwise, and both answers are the same here.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class CheckInClaims {

    static final String INSERT = "INSERT IGNORE INTO tracing_check_in_latest (resident_ref, venue_id, last_at)"
            + " VALUES (?, ?, ?)";
    static final String MOVE_ON = "UPDATE tracing_check_in_latest SET last_at = ?"
            + " WHERE resident_ref = ? AND venue_id = ? AND last_at < ?";
    static final String RELEASE = "DELETE FROM tracing_check_in_latest"
            + " WHERE resident_ref = ? AND venue_id = ? AND last_at = ?";
    static final String FORGET = "DELETE FROM tracing_check_in_latest WHERE last_at < ?";

    @Resource(lookup = "java:global/jdbc/sitepass")
    DataSource dataSource;

    /** Whether a scan at {@code now} is the first at the venue since {@code since}, and so records the visit. */
    public boolean claim(ResidentRef resident, long venueId, Instant now, Instant since) {
        try (Connection connection = dataSource.getConnection()) {
            return claim(connection, resident, venueId, now, since);
        } catch (SQLException e) {
            throw new IllegalStateException("could not claim the check-in", e);
        }
    }

    /** Gives up a claim whose visit could not be recorded, so that the next scan records it. */
    public void release(ResidentRef resident, long venueId, Instant claimedAt) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(RELEASE)) {
            delete.setString(1, resident.value());
            delete.setLong(2, venueId);
            delete.setObject(3, StoredTime.of(claimedAt));
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not release the check-in", e);
        }
    }

    /** A first check-in at the venue inserts the row; a later one moves it on only past the window. */
    static boolean claim(Connection connection, ResidentRef resident, long venueId, Instant now, Instant since)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, resident.value());
            insert.setLong(2, venueId);
            insert.setObject(3, StoredTime.of(now));
            if (insert.executeUpdate() == 1) {
                return true;
            }
        }
        try (PreparedStatement moveOn = connection.prepareStatement(MOVE_ON)) {
            moveOn.setObject(1, StoredTime.of(now));
            moveOn.setString(2, resident.value());
            moveOn.setLong(3, venueId);
            moveOn.setObject(4, StoredTime.of(since));
            return moveOn.executeUpdate() == 1;
        }
    }

    /** Deletes the latest check-ins made before {@code before}: they say where a person was. Answers how many. */
    static long forget(Connection connection, Instant before) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(FORGET)) {
            delete.setObject(1, StoredTime.of(before));
            return delete.executeUpdate();
        }
    }
}
