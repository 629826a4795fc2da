package org.sitepass.tracing.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.sitepass.platform.AddressId;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.PageLanguage;
import org.sitepass.platform.PageMessages;
import org.sitepass.platform.PageRequest;
import org.sitepass.platform.QrPhotos;
import org.sitepass.platform.RequestRefused;
import org.sitepass.residents.Credential;
import org.sitepass.sites.VenueRef;
import org.sitepass.tracing.TracingTexts;
import org.sitepass.tracing.control.DoorChecks;
import org.sitepass.tracing.control.DoorStaffing;

/**
 * Backs {@code /tracing/door/check.xhtml}, the door-check page on a staff member's phone: a code photographed, typed
 * or scanned, or an ID card's number and name, answered with the verdict. Without a venue it offers the caller's
 * doors. What was given is cleared once checked, so the next person's check starts empty.
 */
@Named
@ViewScoped
public class DoorCheckBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String CODE_FORM = "door";
    static final String CARD_FORM = "card";

    @Inject
    transient DoorChecks checks;

    @Inject
    transient DoorStaffing staffing;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient PageMessages messages;

    @Inject
    transient PageLanguage language;

    private final AddressId address = new AddressId();
    private VenueRef venue;
    private List<VenueRef> doors = List.of();
    private String payload;
    private String idNumber;
    private String name;
    private BigDecimal temperature;
    private transient Part photo;
    private DoorCheckAnswer answer;

    public void load() throws IOException {
        if (!address.given()) {
            doors = staffing.doors(caller.get());
            venue = doors.size() == 1 ? doors.get(0) : null;
            return;
        }
        venue = address.get() == null ? null : staffing.door(caller.get(), address.get()).orElse(null);
        if (venue == null) {
            PageRequest.notFound();
        }
    }

    /** A photo of the code, when taken, stands for the typed text; one without a readable code asks for another. */
    public void checkCode() {
        String code = payload;
        if (photo != null && photo.getSize() > 0) {
            Optional<String> read = photoPayload();
            if (read.isEmpty()) {
                messages.show(CODE_FORM, InvalidInput.of("photo", TracingTexts.text("tracing.door.photoUnreadable")));
                return;
            }
            code = read.get();
        }
        if (code == null || code.isBlank()) {
            messages.show(CODE_FORM, InvalidInput.of("payload", TracingTexts.text("tracing.door.codeRequired")));
            return;
        }
        check(Credential.scanned(code), CODE_FORM);
    }

    private Optional<String> photoPayload() {
        if (photo.getSize() > QrPhotos.MAX_BYTES) {
            return Optional.empty();
        }
        try (InputStream in = photo.getInputStream()) {
            return QrPhotos.payloadIn(in.readNBytes(QrPhotos.MAX_BYTES));
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    public void checkIdCard() {
        if (idNumber == null || idNumber.isBlank() || name == null || name.isBlank()) {
            messages.show(CARD_FORM, InvalidInput.of("idNumber", TracingTexts.text(
                    "tracing.door.idCardRequired")));
            return;
        }
        check(Credential.idCard(idNumber, name), CARD_FORM);
    }

    private void check(Credential credential, String form) {
        answer = null;
        try {
            answer = checks.check(caller.get(), venue.id(), credential, temperature)
                    .map(result -> DoorCheckAnswer.of(result, language.locale())).orElse(null);
            if (answer == null) {
                messages.warn(TracingTexts.text("tracing.door.notYourDoor"));
            }
            payload = null;
            photo = null;
            idNumber = null;
            name = null;
            temperature = null;
        } catch (InvalidInput e) {
            messages.show(form, e);
        } catch (RequestRefused e) {
            messages.show(e);
        }
    }

    public AddressId getAddress() {
        return address;
    }

    public VenueRef getVenue() {
        return venue;
    }

    public List<VenueRef> getDoors() {
        return doors;
    }

    public DoorCheckAnswer getAnswer() {
        return answer;
    }

    public String getPayload() {
        return payload;
    }

    public void setPayload(String payload) {
        this.payload = payload;
    }

    public Part getPhoto() {
        return photo;
    }

    public void setPhoto(Part photo) {
        this.photo = photo;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BigDecimal getTemperature() {
        return temperature;
    }

    public void setTemperature(BigDecimal temperature) {
        this.temperature = temperature;
    }
}
