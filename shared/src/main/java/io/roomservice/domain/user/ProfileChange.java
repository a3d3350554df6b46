package io.roomservice.domain.user;

import java.util.Optional;

/** The profile fields user_update sets; absent fields are left as they are. */
public final class ProfileChange {

    private final Optional<String> name;
    private final Optional<String> tag;
    private final Optional<String> tag2;
    private final Optional<String> avatar;

    public ProfileChange(Optional<String> name, Optional<String> tag, Optional<String> tag2, Optional<String> avatar) {
        this.name = name;
        this.tag = tag;
        this.tag2 = tag2;
        this.avatar = avatar;
    }

    public boolean isEmpty() {
        return name.isEmpty() && tag.isEmpty() && tag2.isEmpty() && avatar.isEmpty();
    }

    public Optional<String> name() {
        return name;
    }

    public Optional<String> tag() {
        return tag;
    }

    public Optional<String> tag2() {
        return tag2;
    }

    public Optional<String> avatar() {
        return avatar;
    }
}
