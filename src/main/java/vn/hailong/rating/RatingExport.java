package vn.hailong.rating;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.hailong.access.CurrentUser;
import vn.hailong.shared.Csv;
import vn.hailong.shared.InvalidInputException;

/**
 * The ratings of a period in the caller's scope as CSV — one row a rating, one column an item, the day, unit, desk,
 * officer (by id), procedure, field, channel and instrument, and no personal data (no dossier code, no comment, no
 * time of day) — with its codebook, so that a statistician can recompute every satisfaction figure: answers 4–5 ÷
 * valid answers (1–5) of the rows that fall in a group (with the ballot-box tallies, which the insight module adds).
 */
@Service
public class RatingExport {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final List<String> CHANNELS = List.of("QR", "KIOSK", "WEB", "PAPER", "BALLOT", "PORTAL");

    private final RatingExportRepository repository;
    private final MessageSource messages;
    private final Clock clock;

    RatingExport(RatingExportRepository repository, MessageSource messages, Clock clock) {
        this.repository = repository;
        this.messages = messages;
        this.clock = clock;
    }

    /** The period asked for; by default the last 30 days; at most a year. */
    public LocalDate[] period(LocalDate from, LocalDate to) {
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        LocalDate start = from == null ? end.minusDays(29) : from;
        if (end.isBefore(start) || ChronoUnit.DAYS.between(start, end) > 366) {
            throw new InvalidInputException("rating.export.period", start, end);
        }
        return new LocalDate[] {start, end};
    }

    public String ratingsCsv(LocalDate from, LocalDate to) {
        LocalDate[] p = period(from, to);
        List<String> items = itemCodes();
        List<Object> header = new ArrayList<>(List.of(
                "rating_id",
                "rated_on",
                "agency_id",
                "agency_code",
                "agency_name",
                "desk_id",
                "officer_id",
                "procedure_code",
                "field_code",
                "channel",
                "instrument",
                "form",
                "with_dossier"));
        header.addAll(items);
        StringBuilder out = new StringBuilder(Csv.line(header));
        for (RatingExportRepository.Row r : repository.rows(CurrentUser.scope(), p[0], p[1])) {
            List<Object> row = new ArrayList<>(List.of(r.id(), r.on(), r.agencyId(), r.agencyCode(), r.agencyName()));
            row.addAll(java.util.Arrays.asList(
                    r.deskId(),
                    r.officerId(),
                    r.procedureCode(),
                    r.fieldCode(),
                    r.channel(),
                    r.instrument(),
                    r.form(),
                    r.withDossier() ? 1 : 0));
            for (String item : items) {
                row.add(
                        !r.answers().containsKey(item)
                                ? ""
                                : r.answers().get(item) == null
                                        ? "NA"
                                        : r.answers().get(item));
            }
            out.append(Csv.line(row));
        }
        return out.toString();
    }

    public String codebookCsv() {
        String scale = IntStream.rangeClosed(1, 5)
                        .mapToObj(v -> v + "=" + messages.getMessage("rating.level." + v, null, VI))
                        .collect(Collectors.joining("; "))
                + "; NA=" + messages.getMessage("survey.na", null, VI) + "; (trống)=không hỏi";
        StringBuilder out = new StringBuilder(Csv.line(List.of("variable", "label", "values")));
        out.append(Csv.line(List.of(
                "rating_id", "Mã lượt đánh giá (mỗi dòng một lượt; các câu trả lời của một lượt không độc lập)", "")));
        out.append(Csv.line(
                List.of("rated_on", "Ngày đánh giá (giờ Việt Nam); chỉ số theo kỳ tính theo ngày này", "yyyy-mm-dd")));
        out.append(Csv.line(List.of(
                "agency_id", "Số định danh cơ quan, đơn vị trong HaiLong (như trong tệp kết quả hòm phiếu)", "")));
        out.append(Csv.line(List.of("agency_code", "Mã cơ quan, đơn vị", "")));
        out.append(Csv.line(List.of("agency_name", "Tên cơ quan, đơn vị", "")));
        out.append(Csv.line(List.of("desk_id", "Mã quầy (trống: không rõ)", "")));
        out.append(Csv.line(List.of("officer_id", "Mã cán bộ (trống: không rõ cán bộ)", "")));
        out.append(Csv.line(List.of("procedure_code", "Mã thủ tục hành chính", "")));
        out.append(Csv.line(List.of("field_code", "Mã lĩnh vực", "")));
        out.append(Csv.line(List.of(
                "channel",
                "Kênh đánh giá",
                CHANNELS.stream()
                        .map(c -> c + "=" + messages.getMessage("report.channel." + c, null, VI))
                        .collect(Collectors.joining("; ")))));
        out.append(Csv.line(List.of(
                "instrument",
                "Thang đo của thiết bị",
                "FIVE_LEVEL=5 mức; THREE_LEVEL=3 mức, lưu trên thang 1–5 (5 / 4 / 2)")));
        out.append(Csv.line(List.of("form", "Mẫu phiếu", "")));
        out.append(Csv.line(List.of("with_dossier", "Lượt đánh giá gắn với một hồ sơ", "1=có; 0=không")));
        Map<String, List<String>> texts = new LinkedHashMap<>();
        repository
                .items()
                .forEach(i ->
                        texts.computeIfAbsent(i.code(), k -> new ArrayList<>()).add(i.form() + ": " + i.text()));
        texts.forEach((code, labels) -> out.append(Csv.line(List.of(code, String.join(" | ", labels), scale))));
        return out.toString();
    }

    private List<String> itemCodes() {
        return repository.items().stream()
                .map(RatingExportRepository.Item::code)
                .distinct()
                .toList();
    }
}
