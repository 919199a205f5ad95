package dev.xacct.template;

/**
 * Why a parameter could not be bound. {@code expected} is the parameter's type and what a
 * valid value looks like (empty for problems not about a type).
 */
public record BindError(String parameter, String expected, String message) {
    @Override
    public String toString() {
        return message;
    }
}
