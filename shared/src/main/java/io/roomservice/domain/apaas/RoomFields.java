package io.roomservice.domain.apaas;

import java.util.Optional;

/** The descriptive fields of a room that a change sets; an empty field is left as it is. */
public final class RoomFields {

    public static final int MAX_TITLE = 64;
    public static final int MAX_CATEGORY = 32;
    public static final int MAX_COVER = 512;
    public static final int MAX_SUBJECT = 64;
    public static final int MAX_DESCRIPTION = 512;

    public static final RoomFields NONE = new RoomFields(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    final Optional<String> title;
    final Optional<String> category;
    final Optional<String> cover;
    final Optional<String> subject;
    final Optional<String> description;

    public RoomFields(Optional<String> title, Optional<String> category, Optional<String> cover,
                      Optional<String> subject, Optional<String> description) {
        this.title = title;
        this.category = category;
        this.cover = cover;
        this.subject = subject;
        this.description = description;
    }

    public boolean isEmpty() {
        return title.isEmpty() && category.isEmpty() && cover.isEmpty() && subject.isEmpty() && description.isEmpty();
    }

    public Optional<String> title() {
        return title;
    }

    public Optional<String> category() {
        return category;
    }

    public Optional<String> cover() {
        return cover;
    }

    public Optional<String> subject() {
        return subject;
    }

    public Optional<String> description() {
        return description;
    }
}
