package io.roomservice.domain.user;

/** What checking a login code found, and the tenant the code was sent for. */
final class CodeCheck {

    enum Outcome { ACCEPTED, WRONG, EXPIRED, USED_UP, UNKNOWN }

    private final Outcome outcome;
    private final String tenant;

    private CodeCheck(Outcome outcome, String tenant) {
        this.outcome = outcome;
        this.tenant = tenant;
    }

    static CodeCheck of(Outcome outcome, String tenant) {
        return new CodeCheck(outcome, tenant);
    }

    Outcome outcome() {
        return outcome;
    }

    String tenant() {
        return tenant;
    }
}
