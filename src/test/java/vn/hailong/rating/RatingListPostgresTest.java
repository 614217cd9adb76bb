package vn.hailong.rating;

import vn.hailong.support.OnPostgreSQL;

/** The same rating list on PostgreSQL (search through the dossier's code, capped counts, keyset pages). */
@OnPostgreSQL
class RatingListPostgresTest extends RatingListTest {}
