package io.roomservice.config;

import static io.roomservice.config.SettingsCatalogue.APAAS_CAPTCHA_APP_ID;
import static io.roomservice.config.SettingsCatalogue.APAAS_CAPTCHA_APP_SECRET_KEY;
import static io.roomservice.config.SettingsCatalogue.APAAS_SES_FROM;
import static io.roomservice.config.SettingsCatalogue.APAAS_SES_TEMPLATE_ID;
import static io.roomservice.config.SettingsCatalogue.APAAS_SMS_SDK_APP_ID;
import static io.roomservice.config.SettingsCatalogue.APAAS_SMS_SIGN_NAME;
import static io.roomservice.config.SettingsCatalogue.APAAS_SMS_TEMPLATE_ID;
import static io.roomservice.config.SettingsCatalogue.TENCENTCLOUD_SECRETID;
import static io.roomservice.config.SettingsCatalogue.TENCENTCLOUD_SECRETKEY;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Outside services that are configured by a group of settings that go together: all of
 * them or none. Some but not all is a mistake worth failing the start for, since the
 * service would look configured and fail only when first used.
 */
final class OptionalServices {

    private static final List<Group> GROUPS = List.of(
            new Group("SMS", List.of(APAAS_SMS_SDK_APP_ID, APAAS_SMS_SIGN_NAME, APAAS_SMS_TEMPLATE_ID)),
            new Group("E-mail", List.of(APAAS_SES_FROM, APAAS_SES_TEMPLATE_ID)),
            new Group("Captcha", List.of(APAAS_CAPTCHA_APP_ID, APAAS_CAPTCHA_APP_SECRET_KEY)),
            new Group("The Tencent Cloud API", List.of(TENCENTCLOUD_SECRETID, TENCENTCLOUD_SECRETKEY)));

    private OptionalServices() {
    }

    static void checkComplete(SettingValues values, List<String> problems) {
        for (Group group : GROUPS) {
            List<Setting> given = group.settings.stream().filter(s -> values.isSet(s) || values.isRejected(s)).collect(Collectors.toList());
            if (!given.isEmpty() && given.size() < group.settings.size()) {
                String missing = group.settings.stream().filter(s -> !given.contains(s)).map(Setting::name).collect(Collectors.joining(", "));
                problems.add(group.service + " is half-configured: " + missing + " not set (set all of "
                        + group.settings.stream().map(Setting::name).collect(Collectors.joining(", ")) + ", or none)");
            }
        }
    }

    private static final class Group {
        final String service;
        final List<Setting> settings;

        Group(String service, List<Setting> settings) {
            this.service = service;
            this.settings = settings;
        }
    }
}
