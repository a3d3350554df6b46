package io.roomservice.domain.user;

/** What checking a login code found, and the tenant the code was sent for. */
public final class CodeCheck {

    public enum Outcome { ACCEPTED, WRONG, EXPIRED, USED_UP, UNKNOWN }

    private final Outcome outcome;
    private final String tenant;

    private CodeCheck(Outcome outcome, String tenant) {
        this.outcome = outcome;
        this.tenant = tenant;
    }

    public static CodeCheck of(Outcome outcome, String tenant) {
        return new CodeCheck(outcome, tenant);
    }

    public Outcome outcome() {
        return outcome;
    }

    public String tenant() {
        return tenant;
    }
}
