package io.kalenner.sandbox.botapi;

/** A call that does not fit the Bot API spec: the method or a parameter is unknown, or a required one is missing. */
public record SpecProblem(Kind kind, String method, String parameter) {

    public enum Kind { UNKNOWN_METHOD, UNKNOWN_PARAMETER, MISSING_PARAMETER }

    public static SpecProblem unknownMethod(String method) {
        return new SpecProblem(Kind.UNKNOWN_METHOD, method, "");
    }

    public String description() {
        return switch (kind) {
            case UNKNOWN_METHOD -> "unknown method";
            case UNKNOWN_PARAMETER -> "unknown parameter " + parameter;
            case MISSING_PARAMETER -> "missing required parameter " + parameter;
        };
    }

    @Override
    public String toString() {
        return method + ": " + description();
    }
}
