package vn.hailong.feedback;

import vn.hailong.support.OnPostgreSQL;

/** The hotline lists on PostgreSQL (the search columns of V146 with their trigram and pattern indexes). */
@OnPostgreSQL
class HotlineListPostgresTest extends HotlineListTest {}
