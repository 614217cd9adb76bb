package vn.hailong.feedback;

import vn.hailong.support.OnPostgreSQL;

/**
 * The public answers list on PostgreSQL (the question's words searched through the trigram index of V145, keyset
 * row comparisons, the capped count).
 */
@OnPostgreSQL
class PublicListsPostgresTest extends PublicAnswersListTest {}
