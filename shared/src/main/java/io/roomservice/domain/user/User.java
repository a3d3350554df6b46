package io.roomservice.domain.user;

import java.util.Optional;

/** An aPaaS user as stored. An empty name marks a new user (the demo apps then ask for one). */
public final class User {

    private final String userId;
    private final String tenant;
    private final String name;
    private final String phone;
    private final String email;
    private final String avatar;
    private final String tag;
    private final String tag2;

    public User(String userId, String tenant, String name, String phone, String email, String avatar, String tag, String tag2) {
        this.userId = userId;
        this.tenant = tenant;
        this.name = name;
        this.phone = phone;
        this.email = email;
        this.avatar = avatar;
        this.tag = tag;
        this.tag2 = tag2;
    }

    /** This user with the given profile fields replacing the stored ones. */
    public User withProfile(Optional<String> newName, Optional<String> newAvatar, Optional<String> newTag) {
        return new User(userId, tenant, newName.orElse(name), phone, email, newAvatar.orElse(avatar), newTag.orElse(tag), tag2);
    }

    public String userId() {
        return userId;
    }

    /** The apaasAppId the user belongs to; "" for the tenant from the environment. */
    public String tenant() {
        return tenant;
    }

    public String name() {
        return name;
    }

    public Optional<String> phone() {
        return Optional.ofNullable(phone);
    }

    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    public String avatar() {
        return avatar;
    }

    public Optional<String> tag() {
        return Optional.ofNullable(tag);
    }

    public Optional<String> tag2() {
        return Optional.ofNullable(tag2);
    }
}
