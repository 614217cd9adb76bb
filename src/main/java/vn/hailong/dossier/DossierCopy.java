package vn.hailong.dossier;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import vn.hailong.shared.SearchKeys;

/**
 * The PostgreSQL way of {@link DossierBulk}: validated dossier rows and their events streamed with {@code COPY ...
 * FROM STDIN} (the driver's CopyManager) in the caller's transaction. The dossiers' ids are taken from their
 * identity's sequence first, so that the events can name them, and the receiving officer's desk is looked up once
 * per batch (what the batch insert's sub-select does per row). The same columns as the batch insert: the receiving
 * agency and the dossier list's search keys ({@link SearchKeys}) too.
 */
final class DossierCopy {

    private static final String DOSSIER_COLUMNS = "id, code, agency_id, procedure_code, field_code, channel, status,"
            + " applicant_name, applicant_phone, applicant_email, applicant_kind, receiving_officer_id,"
            + " handling_officer_id, received_at, due_at, original_due_at, resolved_at, returned_at, closed_at,"
            + " timeliness, extension_count, created_at, desk_id, receiving_agency_id, search_name, code_key, phone_rev";

    static final long ANALYZE_AT_LEAST = 10_000;

    private final JdbcTemplate jdbc;
    private final java.util.concurrent.atomic.AtomicLong copiedSinceAnalyze =
            new java.util.concurrent.atomic.AtomicLong();
    private volatile long rowsAtAnalyze = -1;

    DossierCopy(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the database is PostgreSQL (COPY); H2 keeps the JDBC batches. */
    static boolean supported(DataSource ds) {
        Connection c = DataSourceUtils.getConnection(ds);
        try {
            return c.isWrapperFor(PGConnection.class);
        } catch (SQLException e) {
            return false;
        } finally {
            DataSourceUtils.releaseConnection(c, ds);
        }
    }

    /**
     * Writes the rows of {@link DossierBulk}: dossier rows (21 values, [1] the agency, [10] the receiving officer)
     * and event rows (event id, type, at, note, actor, dossier code).
     */
    void write(List<Object[]> dossiers, List<Object[]> events) {
        if (dossiers.isEmpty()) {
            return;
        }
        List<Long> ids = jdbc.queryForList(
                "select nextval(pg_get_serial_sequence('dossier', 'id')) from generate_series(1, ?)",
                Long.class,
                dossiers.size());
        Map<Long, Object[]> officers = officers(dossiers);
        Map<String, Long> idByCode = new HashMap<>(dossiers.size() * 2);
        StringBuilder rows = new StringBuilder(dossiers.size() * 256);
        for (int i = 0; i < dossiers.size(); i++) {
            Object[] d = dossiers.get(i);
            idByCode.put((String) d[0], ids.get(i));
            rows.append(ids.get(i));
            for (Object v : d) {
                rows.append('\t');
                value(rows, v);
            }
            Object[] officer = d[10] == null ? null : officers.get(((Number) d[10]).longValue());
            rows.append('\t');
            value(rows, officer != null && officer[0].equals(((Number) d[1]).longValue()) ? officer[1] : null);
            // as the batch insert on H2: received by the resolving agency, and the dossier list's search keys
            rows.append('\t');
            value(rows, d[1]);
            rows.append('\t');
            value(rows, SearchKeys.name((String) d[6]));
            rows.append('\t');
            value(rows, SearchKeys.code((String) d[0]));
            rows.append('\t');
            value(rows, SearchKeys.phoneReversed((String) d[7]));
            rows.append('\n');
        }
        copy("copy dossier (" + DOSSIER_COLUMNS + ") from stdin", rows);
        rows.setLength(0);
        for (Object[] e : events) {
            rows.append(idByCode.get((String) e[5]));
            for (int f = 0; f < 5; f++) {
                rows.append('\t');
                value(rows, e[f]);
            }
            rows.append('\n');
        }
        copy("copy dossier_event (dossier_id, event_id, type, at, note, recorded_by) from stdin", rows);
        analyzeIfGrown(dossiers.size());
    }

    /**
     * Refreshes PostgreSQL's statistics of the dossier tables once the copies since the last refresh have grown the
     * table by a fifth (and at least {@value #ANALYZE_AT_LEAST} rows): autovacuum waits for the transactions to end,
     * and meanwhile plans made for a small table (the existing-codes check, the import counting's dossier read) read
     * a large one badly (bench/RESULTS.md, dossier import: 0.0013 → 0.31 ms per dossier after a bulk load).
     */
    private void analyzeIfGrown(int written) {
        long since = copiedSinceAnalyze.addAndGet(written);
        if (rowsAtAnalyze < 0) {
            rowsAtAnalyze = tableRows();
        }
        if (since >= Math.max(ANALYZE_AT_LEAST, rowsAtAnalyze / 5)) {
            copiedSinceAnalyze.set(0);
            jdbc.execute("analyze dossier");
            jdbc.execute("analyze dossier_event");
            rowsAtAnalyze = tableRows();
        }
    }

    private long tableRows() {
        Long rows = jdbc.queryForObject(
                "select greatest(reltuples, 0)::bigint from pg_class where oid = 'dossier'::regclass", Long.class);
        return rows == null ? 0 : rows;
    }

    /** The receiving officers of the batch: id to [agency, desk]. */
    private Map<Long, Object[]> officers(List<Object[]> dossiers) {
        List<Object> ids = new ArrayList<>(dossiers.stream()
                .map(d -> d[10])
                .filter(o -> o != null)
                .distinct()
                .toList());
        Map<Long, Object[]> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Object> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            jdbc.query(
                    "select id, agency_id, desk_id from officer where id in ("
                            + String.join(",", java.util.Collections.nCopies(chunk.size(), "?")) + ")",
                    rs -> {
                        found.put(rs.getLong(1), new Object[] {rs.getLong(2), rs.getObject(3, Long.class)});
                    },
                    chunk.toArray());
        }
        return found;
    }

    private void copy(String sql, CharSequence rows) {
        if (rows.isEmpty()) {
            return;
        }
        DataSource ds = jdbc.getDataSource();
        Connection c = DataSourceUtils.getConnection(ds);
        try {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(rows.toString()));
        } catch (SQLException e) {
            throw jdbc.getExceptionTranslator().translate("COPY", sql, e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(c, ds);
        }
    }

    /** A value in COPY's text format: \N for null, backslash, tab and line breaks escaped. */
    private static void value(StringBuilder out, Object v) {
        if (v == null) {
            out.append("\\N");
            return;
        }
        String s = v.toString();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(ch);
            }
        }
    }
}
