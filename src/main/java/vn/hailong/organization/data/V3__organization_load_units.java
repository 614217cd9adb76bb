package vn.hailong.organization.data;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/** Loads the shipped administrative units once, in the migration stream (so every instance agrees). */
@Component
public class V3__organization_load_units extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        UnitRows.load(context.getConnection());
    }
}
