package archfixture.forbidden.devices;

/** Fixture: the devices module's API. */
public class Devices {
}
