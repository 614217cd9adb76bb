package vn.hailong.rating;

import vn.hailong.support.OnPostgreSQL;

/** The same on PostgreSQL, whose migration drops the unique rules on the dossier alone by their own names. */
@OnPostgreSQL
class MomentRatingPostgresTest extends MomentRatingTest {}
