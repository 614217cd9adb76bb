package vn.hailong.dossier;

import vn.hailong.support.OnPostgreSQL;

/** The same imports on a real PostgreSQL, where the bulk path writes with COPY ({@link DossierCopy}). */
@OnPostgreSQL
class DossierImportPostgresTest extends DossierImportTest {}
