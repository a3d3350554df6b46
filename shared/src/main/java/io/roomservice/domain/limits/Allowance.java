package io.roomservice.domain.limits;

/**
 * One request's right to do a limited thing, handed to the domain so that it is spent at
 * the moment the domain knows it will create (not when an enter only joins), before any
 * write or outside call. Spending twice (a retried transaction, a lost creation race)
 * counts once. Throws {@link LimitExceeded} when a limit is reached.
 */
public interface Allowance {

    void spend();

    /** No limit: for work that is not a client's request (sweeps, tests of other rules). */
    static Allowance unmetered() {
        return () -> { };
    }
}
