package io.roomservice.infra.users;

import io.roomservice.domain.user.TenantStore;
import io.roomservice.infra.db.Database;
import io.roomservice.infra.db.Sql;
import java.util.Optional;

/** The aPaaS tenants in {@code apaas_tenants}. */
public final class JdbcTenantStore implements TenantStore {

    private final Database db;

    public JdbcTenantStore(Database db) {
        this.db = db;
    }

    @Override
    public Optional<TenantRow> find(String appId) {
        return db.inTransaction(c -> Sql.one(c, "SELECT sdk_app_id, secret_key FROM apaas_tenants WHERE app_id = ?",
                rs -> new TenantRow(rs.getLong(1), rs.getString(2)), appId));
    }
}
