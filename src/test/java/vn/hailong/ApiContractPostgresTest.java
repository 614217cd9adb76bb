package vn.hailong;

import vn.hailong.support.OnPostgreSQL;

/** The same contract, with the demo loaded, on a real PostgreSQL. */
@OnPostgreSQL
class ApiContractPostgresTest extends ApiContractTest {}
