package io.roomservice.domain.imgroups;

/** What one sweep did with the leftover group intents. */
public final class GroupReconciliation {

    public static final GroupReconciliation NONE = new GroupReconciliation(0, 0, 0, 0);

    private final int orphansDestroyed;
    private final int destroysFinished;
    private final int settled;
    private final int failed;

    GroupReconciliation(int orphansDestroyed, int destroysFinished, int settled, int failed) {
        this.orphansDestroyed = orphansDestroyed;
        this.destroysFinished = destroysFinished;
        this.settled = settled;
        this.failed = failed;
    }

    /** Groups created for a room that never came to be (or was refused), destroyed now. */
    public int orphansDestroyed() {
        return orphansDestroyed;
    }

    /** Destroys that had failed in a request, finished now. */
    public int destroysFinished() {
        return destroysFinished;
    }

    /** Intents dropped because a live room holds the group (its own end destroys it). */
    public int settled() {
        return settled;
    }

    /** IM calls that failed again (retried by a later sweep, with a longer wait). */
    public int failed() {
        return failed;
    }

    /** Everything this sweep reconciled. */
    public int total() {
        return orphansDestroyed + destroysFinished + settled;
    }

    @Override
    public String toString() {
        return "orphan IM groups destroyed: " + orphansDestroyed + ", pending IM group destroys finished: " + destroysFinished
                + ", IM group intents settled: " + settled + ", IM group calls failed again: " + failed;
    }
}
