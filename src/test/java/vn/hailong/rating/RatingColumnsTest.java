package vn.hailong.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hailong.support.Databases;
import vn.hailong.support.Databases.Db;

/** V65 drops V12's follow-up columns, which nothing used, on both databases. */
class RatingColumnsTest {

    static List<Db> databases() {
        return Databases.all();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theUnusedFollowUpColumnsAreGone(Db db) {
        List<String> columns = db.jdbc()
                .sql("select lower(column_name) from information_schema.columns where lower(table_name) = 'rating'")
                .query(String.class)
                .list();
        assertThat(columns).contains("agency_id", "low").noneMatch(c -> c.startsWith("follow"));
    }
}
