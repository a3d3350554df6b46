package io.roomservice.domain.limits;

import java.util.Optional;

/**
 * Who a limited request is counted against: its verified caller, when it has one, and its
 * source address, which only HTTP requests have (a cloud-function call has the caller alone).
 */
public final class Requester {

    private final Optional<String> caller;
    private final Optional<String> address;

    private Requester(Optional<String> caller, Optional<String> address) {
        this.caller = caller.filter(c -> !c.isEmpty());
        this.address = address.filter(a -> !a.isEmpty());
    }

    public static Requester of(Optional<String> caller, Optional<String> address) {
        return new Requester(caller, address);
    }

    public Optional<String> caller() {
        return caller;
    }

    public Optional<String> address() {
        return address;
    }
}
