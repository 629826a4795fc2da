package archfixture.misplaced.sites.control;

import jakarta.persistence.Entity;

/** Fixture: an entity outside the entity package. */
@Entity
public class Venue {
}
