package dev.xacct.template;

/** A raw value does not fit its parameter type; the message says what was expected. */
public final class InvalidValueException extends Exception {
    public InvalidValueException(String message) {
        super(message);
    }
}
