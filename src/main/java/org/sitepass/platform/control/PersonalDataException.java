package org.sitepass.platform.control;

/** A sealed value could not be opened. Its message never carries the value or a key. */
public class PersonalDataException extends RuntimeException {

    public PersonalDataException(String message) {
        super(message);
    }
}
