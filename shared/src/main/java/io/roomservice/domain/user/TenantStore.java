package io.roomservice.domain.user;

import java.util.Optional;

/** Where the aPaaS tenants (one TRTC application each) are registered. */
public interface TenantStore {

    /** The tenant registered under an apaasAppId; empty when there is none. */
    Optional<TenantRow> find(String appId);

    /** A tenant as registered: its TRTC application and that application's secret key as stored (sealed or, from before sealing, plain). */
    final class TenantRow {
        final long sdkAppId;
        final String storedSecretKey;

        public TenantRow(long sdkAppId, String storedSecretKey) {
            this.sdkAppId = sdkAppId;
            this.storedSecretKey = storedSecretKey;
        }
    }
}
