package vn.hailong.letter;

import vn.hailong.support.OnPostgreSQL;

/** The same letter list on PostgreSQL (the search columns' migration, trigram indexes, keyset row comparisons). */
@OnPostgreSQL
class LetterListPostgresTest extends LetterListTest {}
