package io.roomservice.domain.imgroups;

/** Whose rooms an IM group belongs to: each family names its groups by its own room ids. */
public enum GroupFamily {
    APAAS("apaas"),
    ROOMSERVICE("roomservice");

    private final String label;

    GroupFamily(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
