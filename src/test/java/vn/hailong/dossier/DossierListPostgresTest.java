package vn.hailong.dossier;

import vn.hailong.support.OnPostgreSQL;

/** The same list, search and pages on PostgreSQL (trigram and pattern indexes, LIKE with escapes). */
@OnPostgreSQL
class DossierListPostgresTest extends DossierListTest {}
