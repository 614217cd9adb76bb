package vn.hailong.organization.data;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.hailong.shared.Csv;
import vn.hailong.shared.TableRow;
import vn.hailong.shared.VietnameseText;

/**
 * Loads the shipped unit data sets (MIT, thanglequoc/vietnamese-provinces-database, see
 * data/units/vn-admin-units.LICENSE): the three-tier units valid until 2025-06-30 and the two-tier
 * units valid from 2025-07-01. A province that kept its code is recorded as its own successor.
 */
final class UnitRows {

    public static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    private UnitRows() {}

    public static void load(Connection c) throws SQLException {
        insert(c, "data/units/vn-admin-units-2025-03.csv", false, null, REFORM.minusDays(1));
        insert(c, "data/units/vn-admin-units-2026.csv", true, REFORM, null);
        try (PreparedStatement s = c.prepareStatement("""
                insert into unit_succession (predecessor_id, successor_id, effective_date)
                select o.id, n.id, ? from admin_unit o join admin_unit n on n.code = o.code
                where o.level = 'province' and n.level = 'province' and o.valid_to = ? and n.valid_from = ?""")) {
            s.setDate(1, Date.valueOf(REFORM));
            s.setDate(2, Date.valueOf(REFORM.minusDays(1)));
            s.setDate(3, Date.valueOf(REFORM));
            s.executeUpdate();
        }
    }

    private static void insert(Connection c, String resource, boolean withType, LocalDate from, LocalDate to)
            throws SQLException {
        List<TableRow> rows = new ArrayList<>();
        try (InputStream in = UnitRows.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing unit data " + resource);
            }
            Csv.read(new InputStreamReader(in, StandardCharsets.UTF_8), rows::add);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        try (PreparedStatement s = c.prepareStatement("""
                insert into admin_unit (code, parent_code, level, unit_type, name, full_name, name_en, search_name, valid_from, valid_to)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            int n = 0;
            for (TableRow r : rows.subList(1, rows.size())) {
                int k = withType ? 1 : 0;
                s.setString(1, r.cell(0));
                s.setString(2, r.cell(1).isEmpty() ? null : r.cell(1));
                s.setString(3, r.cell(2));
                s.setString(4, withType ? r.cell(3) : typeOf(r.cell(4)));
                s.setString(5, r.cell(3 + k));
                s.setString(6, r.cell(4 + k));
                s.setString(7, r.cell(5 + k));
                s.setString(8, VietnameseText.fold(r.cell(4 + k)));
                setDate(s, 9, from);
                setDate(s, 10, to);
                s.addBatch();
                if (++n % 1000 == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
    }

    /** The old data set has no type column: the full name starts with it ("Phường Bãi Cháy"). */
    private static String typeOf(String fullName) {
        for (String type : List.of("Thành phố", "Tỉnh", "Thị xã", "Thị trấn", "Quận", "Huyện", "Phường", "Xã")) {
            if (fullName.startsWith(type + " ")) {
                return type;
            }
        }
        return null;
    }

    private static void setDate(PreparedStatement s, int i, LocalDate d) throws SQLException {
        if (d == null) {
            s.setNull(i, Types.DATE);
        } else {
            s.setDate(i, Date.valueOf(d));
        }
    }
}
