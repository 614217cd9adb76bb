package vn.hailong.access;

import vn.hailong.support.OnPostgreSQL;

/** The same permission matrix, with the demo and the second province loaded, on a real PostgreSQL. */
@OnPostgreSQL
class PermissionMatrixPostgresTest extends PermissionMatrixTest {}
