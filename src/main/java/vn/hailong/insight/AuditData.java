package vn.hailong.insight;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;
import vn.hailong.access.CurrentUser;
import vn.hailong.ballot.BallotResult;
import vn.hailong.insight.rollup.BallotTallies;
import vn.hailong.organization.Agencies;
import vn.hailong.organization.Agency;
import vn.hailong.rating.RatingExport;
import vn.hailong.shared.Csv;

/**
 * Everything behind a period's satisfaction figures, for a province's statistician, in the caller's scope and without
 * personal data: the ratings (one row a rating), the closed ballot-box tallies counted on the opening day (the month's
 * last day) within the period, and a codebook. Satisfaction of any group = answers 4–5 ÷ answers 1–5 over both files.
 */
@Service
public class AuditData {

    private final RatingExport ratings;
    private final BallotTallies ballots;
    private final Agencies agencies;

    AuditData(RatingExport ratings, BallotTallies ballots, Agencies agencies) {
        this.ratings = ratings;
        this.ballots = ballots;
        this.agencies = agencies;
    }

    /** The period as the export takes it (default the last 30 days, at most a year). */
    public LocalDate[] period(LocalDate from, LocalDate to) {
        return ratings.period(from, to);
    }

    /** The closed openings' slips not keyed one by one, per agency, desk, item and level, counted on the month's last day. */
    String ballotTalliesCsv(LocalDate from, LocalDate to, Csv.Dialect dialect) {
        StringBuilder out = new StringBuilder(Csv.line(
                dialect, List.of("counted_on", "agency_id", "agency_code", "desk_id", "item", "level", "slips")));
        Map<Long, String> codes = new java.util.HashMap<>();
        for (BallotResult r : ballots.results(CurrentUser.scope(), YearMonth.from(from), YearMonth.from(to))) {
            LocalDate on = YearMonth.parse(r.month()).atEndOfMonth();
            if (!on.isBefore(from) && !on.isAfter(to)) {
                String code = codes.computeIfAbsent(
                        r.agencyId(),
                        id -> agencies.byIdUnscoped(id).map(Agency::code).orElse(""));
                out.append(Csv.line(
                        dialect,
                        java.util.Arrays.asList(on, r.agencyId(), code, r.deskId(), r.item(), r.level(), r.count())));
            }
        }
        return out.toString();
    }

    String codebookCsv(Csv.Dialect dialect) {
        StringBuilder out = new StringBuilder(ratings.codebookCsv(dialect));
        List<List<String>> ballot = new ArrayList<>(List.of(
                List.of(
                        "counted_on",
                        "Tệp ballot-tallies: ngày mở hòm phiếu (ngày cuối tháng) — các phiếu được tính vào ngày này",
                        "yyyy-mm-dd"),
                List.of("desk_id", "Tệp ballot-tallies: quầy của hòm phiếu (trống: hòm chung của đơn vị)", ""),
                List.of("item", "Tệp ballot-tallies: câu hỏi trên phiếu (như các cột câu hỏi của tệp đánh giá)", ""),
                List.of("level", "Tệp ballot-tallies: mức đánh giá", "1..5"),
                List.of(
                        "slips",
                        "Tệp ballot-tallies: số phiếu ở mức đó (phiếu đã nhập từng phiếu nằm trong tệp đánh giá, kênh PAPER)",
                        "")));
        ballot.forEach(row -> out.append(Csv.line(dialect, row)));
        return out.toString();
    }

    /** The three files as one ZIP of UTF-8 CSV with a BOM, in the dialect asked for. */
    public byte[] zip(LocalDate from, LocalDate to, Csv.Dialect dialect) {
        LocalDate[] p = period(from, to);
        String name = "ratings-" + p[0] + "-" + p[1];
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var e : List.of(
                    Map.entry(name + ".csv", ratings.ratingsCsv(p[0], p[1], dialect)),
                    Map.entry(name + "-ballot-tallies.csv", ballotTalliesCsv(p[0], p[1], dialect)),
                    Map.entry(name + "-codebook.csv", codebookCsv(dialect)))) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(Csv.BOM);
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
