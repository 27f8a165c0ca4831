package org.counterpoint.model.edit;

/** An edit that cannot be made, with a message the user can read. */
public class EditException extends RuntimeException {
    public EditException(String message) {
        super(message);
    }
}
