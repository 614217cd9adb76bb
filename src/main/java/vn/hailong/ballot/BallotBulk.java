package vn.hailong.ballot;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.hailong.access.AuditLog;
import vn.hailong.organization.Agencies;
import vn.hailong.organization.Agency;
import vn.hailong.organization.Officer;
import vn.hailong.rating.CounterForms;
import vn.hailong.rating.RatingItem;

/**
 * Writes a year of closed openings at once with JDBC batches (used by the demo): one box per commune,
 * sessions on each month's last working day that agree with the dossiers returned (60–80% of them
 * answered) and with the paper slips already keyed one by one (linked, not counted again), and the
 * current month's session due.
 */
@Component
@Profile("demo")
public class BallotBulk {

    /** What the demo wants besides the plain months: one broken seal, one amended minutes. */
    public record Options(
            String provinceCode,
            int months,
            String brokenSealAgency,
            int brokenSealMonthsAgo,
            String amendedAgency,
            String amendedBy) {}

    private static final String[] MTTQ = {
        "Nguyễn Văn Thịnh", "Trần Thị Hậu", "Lê Văn Quang", "Phạm Thị Hằng", "Hoàng Văn Dũng"
    };
    private static final String[] UNION = {"Vũ Thị Thu", "Đặng Văn Long", "Bùi Thị Mai", "Ngô Văn Tú", "Đỗ Thị Yến"};
    private static final String[] COMMENTS = {
        "Cán bộ một cửa hướng dẫn nhiệt tình, chu đáo.",
        "Đề nghị bố trí thêm ghế ngồi chờ.",
        "Giải quyết hồ sơ nhanh, trả kết quả trước hẹn.",
        "Đề nghị niêm yết rõ hơn mức phí, lệ phí.",
        "Thời gian chờ đến lượt còn lâu vào buổi sáng thứ Hai.",
        "Hài lòng với thái độ phục vụ của cán bộ."
    };
    private static final double[] LEVELS = {0.01, 0.02, 0.04, 0.18, 0.75};

    private final JdbcTemplate jdbc;
    private final Agencies agencies;
    private final CounterForms forms;
    private final OpeningDays days;
    private final AuditLog audit;

    BallotBulk(JdbcTemplate jdbc, Agencies agencies, CounterForms forms, OpeningDays days, AuditLog audit) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.forms = forms;
        this.days = days;
        this.audit = audit;
    }

    /** Seeds the communes of a province; returns the number of sessions written. */
    public int seed(LocalDate today, Options o, long seed) {
        Random random = new Random(seed);
        YearMonth current = YearMonth.from(today);
        YearMonth first = current.minusMonths(o.months());
        List<Map<String, Object>> communes = jdbc.queryForList(
                "select id, code from agency where kind = 'COMMUNE_PC' and province_code = ? order by code",
                o.provinceCode());
        Map<Long, Map<YearMonth, Integer>> returned = returned(o.provinceCode(), first);
        Map<Long, List<Object[]>> paper = paperSlips(o.provinceCode(), first);
        List<Object[]> seals = new ArrayList<>();
        List<Object[]> sessions = new ArrayList<>();
        List<Object[]> members = new ArrayList<>();
        List<Object[]> tallies = new ArrayList<>();
        List<Object[]> keyed = new ArrayList<>();
        List<Object[]> slips = new ArrayList<>();
        List<Object[]> comments = new ArrayList<>();
        List<Object[]> incidents = new ArrayList<>();
        List<Object[]> amendments = new ArrayList<>();
        int written = 0;
        for (Map<String, Object> c : communes) {
            long agencyId = ((Number) c.get("id")).longValue();
            String code = (String) c.get("code");
            Agency agency = agencies.byIdUnscoped(agencyId).orElseThrow();
            List<Officer> officers = agencies.officersUnscoped(agencyId);
            List<RatingItem> items = forms.itemsOf(agencyId, "vi");
            String place = "Trung tâm Phục vụ hành chính công " + agency.name().replace("Ủy ban nhân dân ", "");
            String sealPrefix = code.substring(code.indexOf('-') + 1) + "/";
            int sealNo = 100 + random.nextInt(800);
            String seal = sealPrefix + sealNo;
            LocalDate firstDay = days.openingDay(first.minusMonths(1), agency.id(), agency.weekend());
            long boxId = insertBox(agencyId, place + " – sảnh chờ, cạnh Quầy số 1", firstDay.atTime(16, 30));
            seals.add(new Object[] {
                boxId,
                seal,
                Timestamp.valueOf(firstDay.atTime(16, 30)),
                "demo",
                null,
                Timestamp.valueOf(
                        days.openingDay(first, agency.id(), agency.weekend()).atTime(14, 0)),
                null
            });
            boolean honggai = code.equals(o.amendedAgency());
            String[] users = honggai
                    ? new String[] {"honggai.thuky", "honggai.motcua", "honggai.lanhdao"}
                    : new String[] {"demo", "demo-doi-chieu", "demo-lanh-dao"};
            List<Object[]> agencyPaper = paper.getOrDefault(agencyId, List.of());
            LocalDate previous = null;
            for (YearMonth m = first; m.isBefore(current); m = m.plusMonths(1)) {
                LocalDate day = days.openingDay(m, agency.id(), agency.weekend());
                LocalDateTime from = previous == null
                        ? m.atDay(1).atStartOfDay()
                        : previous.plusDays(1).atStartOfDay();
                LocalDateTime to = day.plusDays(1).atStartOfDay();
                List<Object[]> mine = agencyPaper.stream()
                        .filter(p -> !((LocalDateTime) p[1]).isBefore(from) && ((LocalDateTime) p[1]).isBefore(to))
                        .toList();
                int k = (int) mine.stream().map(p -> p[0]).distinct().count();
                int r = returned.getOrDefault(agencyId, Map.of()).getOrDefault(m, 0);
                int found = (int) Math.round(r * (0.60 + random.nextDouble() * 0.20));
                int invalid = found == 0 ? 0 : random.nextInt(Math.max(1, found / 40) + 1);
                int valid = Math.max(found - invalid, k);
                found = valid + invalid;
                boolean broken =
                        code.equals(o.brokenSealAgency()) && m.equals(current.minusMonths(o.brokenSealMonthsAgo()));
                String newSeal = sealPrefix + (++sealNo);
                String periodKey = m.toString();
                sessions.add(new Object[] {
                    boxId,
                    agencyId,
                    periodKey,
                    Date.valueOf(day),
                    Date.valueOf(day),
                    place,
                    seal,
                    !broken,
                    broken
                            ? "Niêm phong bị rách một góc, khóa hòm còn nguyên; Tổ mở hòm đã lập biên bản và báo cáo UBND tỉnh."
                            : null,
                    newSeal,
                    found,
                    valid,
                    invalid,
                    k,
                    r,
                    users[0],
                    Timestamp.valueOf(day.atTime(15, 0)),
                    users[1],
                    Timestamp.valueOf(day.atTime(15, 30)),
                    users[2],
                    Timestamp.valueOf(day.atTime(16, 0))
                });
                String key = boxId + "|" + periodKey;
                seals.add(new Object[] {
                    boxId,
                    newSeal,
                    Timestamp.valueOf(day.atTime(16, 0)),
                    users[2],
                    key,
                    m.plusMonths(1).isBefore(current)
                            ? Timestamp.valueOf(days.openingDay(m.plusMonths(1), agency.id(), agency.weekend())
                                    .atTime(14, 0))
                            : null,
                    null
                });
                if (broken) {
                    incidents.add(new Object[] {
                        key,
                        agencyId,
                        boxId,
                        seal,
                        seal,
                        "Niêm phong bị rách một góc, khóa hòm còn nguyên.",
                        Timestamp.valueOf(day.atTime(15, 0)),
                        users[0]
                    });
                }
                members.add(new Object[] {key, 1, "LEADER", officer(officers, "Chủ tịch")});
                members.add(new Object[] {key, 2, "MTTQ", MTTQ[(int) (agencyId % MTTQ.length)]});
                members.add(new Object[] {key, 3, "UNION", UNION[(int) (agencyId % UNION.length)]});
                members.add(new Object[] {key, 4, "ONE_STOP", officer(officers, "Tư pháp")});
                members.add(new Object[] {key, 5, "SECRETARY", officer(officers, "Văn phòng - Thống kê")});
                int anonymous = valid - k;
                for (RatingItem item : items) {
                    int[] levels = spread(anonymous, random);
                    for (int level = 1; level <= 5; level++) {
                        tallies.add(new Object[] {key, item.code(), level, levels[level - 1]});
                    }
                }
                Map<String, int[]> answers = new HashMap<>();
                for (Object[] p : mine) {
                    if (p[3] != null) {
                        answers.computeIfAbsent((String) p[2], x -> new int[5])[((Number) p[3]).intValue() - 1]++;
                    }
                }
                mine.stream().map(p -> p[0]).distinct().forEach(id -> slips.add(new Object[] {id, key}));
                answers.forEach((item, levels) -> {
                    for (int level = 1; level <= 5; level++) {
                        if (levels[level - 1] > 0) {
                            keyed.add(new Object[] {key, item, level, levels[level - 1]});
                        }
                    }
                });
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    comments.add(new Object[] {key, i + 1, COMMENTS[random.nextInt(COMMENTS.length)]});
                }
                if (honggai && m.equals(current.minusMonths(1)) && !items.isEmpty() && anonymous > 0) {
                    amendments.add(new Object[] {
                        key,
                        Timestamp.valueOf(day.plusDays(3).atTime(9, 0)),
                        o.amendedBy(),
                        "Khi nhập máy đã nhầm 01 phiếu mức “Hài lòng” thành “Rất hài lòng”; đã đối chiếu lại phiếu gốc cùng Tổ mở hòm.",
                        "“" + items.get(0).text() + "” mức 5: "
                                + (tallyAt(tallies, key, items.get(0).code(), 5) + 1) + " → "
                                + tallyAt(tallies, key, items.get(0).code(), 5) + "; mức 4: "
                                + (tallyAt(tallies, key, items.get(0).code(), 4) - 1)
                                + " → " + tallyAt(tallies, key, items.get(0).code(), 4)
                    });
                }
                seal = newSeal;
                previous = day;
                written++;
            }
            jdbc.update("update ballot_box set seal_number = ? where id = ?", seal, boxId);
            LocalDate due = days.openingDay(current, agency.id(), agency.weekend());
            sessions.add(new Object[] {
                boxId,
                agencyId,
                current.toString(),
                Date.valueOf(due),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                0,
                null,
                null,
                null,
                null,
                null,
                null,
                null
            });
            written++;
        }
        write(sessions, seals, members, tallies, keyed, slips, comments, incidents, amendments);
        return written;
    }

    private void write(
            List<Object[]> sessions,
            List<Object[]> seals,
            List<Object[]> members,
            List<Object[]> tallies,
            List<Object[]> keyed,
            List<Object[]> slips,
            List<Object[]> comments,
            List<Object[]> incidents,
            List<Object[]> amendments) {
        List<Object[]> rows = new ArrayList<>();
        for (Object[] s : sessions) {
            Object[] row = new Object[22];
            System.arraycopy(s, 0, row, 0, 21);
            row[21] = s[4] == null ? "DUE" : "CLOSED";
            rows.add(row);
        }
        jdbc.batchUpdate("""
                insert into ballot_session (box_id, agency_id, period, scheduled_on, held_on, place, seal_found, seal_intact, seal_note,
                  new_seal, ballots_found, ballots_valid, ballots_invalid, keyed_slips, returned_dossiers, entered_by, entered_at,
                  checked_by, checked_at, closed_by, closed_at, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("select id, box_id, period from ballot_session", rs -> {
            ids.put(rs.getLong(2) + "|" + rs.getString(3), rs.getLong(1));
        });
        jdbc.batchUpdate(
                """
                insert into ballot_seal (box_id, seal_number, sealed_at, sealed_by, session_id, opened_at, found_intact)
                values (?, ?, ?, ?, ?, ?, ?)""",
                seals.stream()
                        .map(s -> new Object[] {
                            s[0],
                            s[1],
                            s[2],
                            s[3],
                            s[4] == null ? null : ids.get((String) s[4]),
                            s[5],
                            s[5] == null ? null : Boolean.TRUE
                        })
                        .toList());
        batch(
                "insert into ballot_member (session_id, position, role_code, full_name) values (?, ?, ?, ?)",
                members,
                ids);
        batch("insert into ballot_tally (session_id, item_code, level, votes) values (?, ?, ?, ?)", tallies, ids);
        batch("insert into ballot_keyed (session_id, item_code, level, votes) values (?, ?, ?, ?)", keyed, ids);
        batch("insert into ballot_comment (session_id, position, text) values (?, ?, ?)", comments, ids);
        batch("""
                insert into ballot_incident (session_id, agency_id, box_id, seal_expected, seal_found, note, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", incidents, ids);
        batch(
                "insert into ballot_amendment (session_id, at, actor, reason, changes) values (?, ?, ?, ?, ?)",
                amendments,
                ids);
        jdbc.batchUpdate(
                "insert into ballot_slip (rating_id, session_id) values (?, ?)",
                slips.stream()
                        .map(s -> new Object[] {s[0], ids.get((String) s[1])})
                        .toList());
        // the broken seal of the incident's session was not intact when opened
        jdbc.update(
                "update ballot_seal set found_intact = false where exists (select 1 from ballot_session s where s.box_id = ballot_seal.box_id"
                        + " and s.seal_intact = false and s.seal_found = ballot_seal.seal_number)");
        for (Object[] a : amendments) {
            audit.record(
                    "ballot_session", ids.get((String) a[0]), "AMEND", null, Map.of("reason", a[3], "changes", a[4]));
        }
    }

    private void batch(String sql, List<Object[]> rows, Map<String, Long> ids) {
        jdbc.batchUpdate(
                sql,
                rows.stream()
                        .map(r -> {
                            Object[] copy = r.clone();
                            copy[0] = ids.get((String) r[0]);
                            return copy;
                        })
                        .toList());
    }

    private long insertBox(long agencyId, String location, LocalDateTime at) {
        jdbc.update(
                "insert into ballot_box (agency_id, location, seal_number, status, created_at) values (?, ?, '-', 'SEALED', ?)",
                agencyId,
                location,
                Timestamp.valueOf(at));
        return jdbc.queryForObject("select max(id) from ballot_box where agency_id = ?", Long.class, agencyId);
    }

    private Map<Long, Map<YearMonth, Integer>> returned(String province, YearMonth first) {
        Map<Long, Map<YearMonth, Integer>> out = new HashMap<>();
        jdbc.query(
                """
                select d.agency_id, extract(year from d.returned_at), extract(month from d.returned_at), count(*)
                from dossier d join agency a on a.id = d.agency_id
                where a.province_code = ? and d.returned_at >= ?
                group by d.agency_id, extract(year from d.returned_at), extract(month from d.returned_at)""",
                rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .put(YearMonth.of(rs.getInt(2), rs.getInt(3)), rs.getInt(4));
                },
                province,
                Timestamp.valueOf(first.atDay(1).atStartOfDay()));
        return out;
    }

    /** PAPER ratings per agency: {rating id, keyed at, item, score}, one row per answer. */
    private Map<Long, List<Object[]>> paperSlips(String province, YearMonth first) {
        Map<Long, List<Object[]>> out = new HashMap<>();
        jdbc.query(
                """
                select r.agency_id, r.id, r.created_at, x.item_code, x.score from rating r join agency a on a.id = r.agency_id
                left join rating_answer x on x.rating_id = r.id
                where r.channel = 'PAPER' and a.province_code = ? and r.created_at >= ?""",
                rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Object[] {
                        rs.getLong(2),
                        rs.getTimestamp(3).toLocalDateTime(),
                        rs.getString(4),
                        rs.getObject(5, Integer.class)
                    });
                },
                province,
                Timestamp.valueOf(first.atDay(1).atStartOfDay()));
        return out;
    }

    private static int[] spread(int n, Random random) {
        int[] levels = new int[5];
        for (int i = 0; i < n; i++) {
            double x = random.nextDouble();
            int level = 0;
            while (level < 4 && x >= LEVELS[level]) {
                x -= LEVELS[level];
                level++;
            }
            levels[level]++;
        }
        return levels;
    }

    private static int tallyAt(List<Object[]> tallies, String key, String item, int level) {
        return tallies.stream()
                .filter(t -> t[0].equals(key) && t[1].equals(item) && ((Integer) t[2]) == level)
                .mapToInt(t -> (Integer) t[3])
                .findFirst()
                .orElse(0);
    }

    private static String officer(List<Officer> officers, String hint) {
        return officers.stream()
                .filter(o -> o.position() != null && o.position().contains(hint))
                .map(Officer::fullName)
                .findFirst()
                .orElse("Nguyễn Văn An");
    }
}
