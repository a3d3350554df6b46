package io.roomservice.domain.webhooks;

import static io.roomservice.config.SettingsCatalogue.WEBHOOK_GIVE_UP_SECONDS;
import static io.roomservice.config.SettingsCatalogue.WEBHOOK_LEASE_SECONDS;
import static io.roomservice.config.SettingsCatalogue.WEBHOOK_RETENTION_SECONDS;
import static io.roomservice.config.SettingsCatalogue.WEBHOOK_RETRY_BASE_MILLIS;
import static io.roomservice.config.SettingsCatalogue.WEBHOOK_RETRY_MAX_SECONDS;

import io.roomservice.config.Settings;

/** The sender's limits, from the settings. */
public final class WebhookRules {

    private static final long MILLIS_PER_SECOND = 1000;

    private final long retryBaseMillis;
    private final long retryMaxMillis;
    private final long giveUpAfterMillis;
    private final long leaseMillis;
    private final long retentionMillis;

    public WebhookRules(long retryBaseMillis, long retryMaxMillis, long giveUpAfterMillis, long leaseMillis, long retentionMillis) {
        this.retryBaseMillis = retryBaseMillis;
        this.retryMaxMillis = retryMaxMillis;
        this.giveUpAfterMillis = giveUpAfterMillis;
        this.leaseMillis = leaseMillis;
        this.retentionMillis = retentionMillis;
    }

    public static WebhookRules from(Settings settings) {
        return new WebhookRules(settings.values().number(WEBHOOK_RETRY_BASE_MILLIS),
                settings.seconds(WEBHOOK_RETRY_MAX_SECONDS) * MILLIS_PER_SECOND,
                settings.seconds(WEBHOOK_GIVE_UP_SECONDS) * MILLIS_PER_SECOND,
                settings.seconds(WEBHOOK_LEASE_SECONDS) * MILLIS_PER_SECOND,
                settings.seconds(WEBHOOK_RETENTION_SECONDS) * MILLIS_PER_SECOND);
    }

    public long retryBaseMillis() {
        return retryBaseMillis;
    }

    public long retryMaxMillis() {
        return retryMaxMillis;
    }

    public long giveUpAfterMillis() {
        return giveUpAfterMillis;
    }

    public long leaseMillis() {
        return leaseMillis;
    }

    public long retentionMillis() {
        return retentionMillis;
    }
}
