package archfixture.tidy.devices.entity;

/** Fixture: an entity of the devices module, aware of no layer above it. */
public class Deployment {
}
