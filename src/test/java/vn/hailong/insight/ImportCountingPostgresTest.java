package vn.hailong.insight;

import vn.hailong.support.OnPostgreSQL;

/** The same on a real PostgreSQL, where the import writes with COPY. */
@OnPostgreSQL
class ImportCountingPostgresTest extends ImportCountingTest {}
