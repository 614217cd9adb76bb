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
 * officer (by id), procedure, field, channel, instrument and moment (reception or result), and no personal data (no dossier code, no comment, no
 * time of day) — with its codebook, so that a statistician can recompute every satisfaction figure: answers 4–5 ÷
 * valid answers (1–5) of the rows that fall in a group (with the ballot-box tallies, which the insight module adds).
 */
@Service
public class RatingExport {

    /** The export's columns before the items, in order (the codebook describes each). */
    private static final List<String> COLUMNS = List.of(
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
            "with_dossier",
            "moment");

    private static final Locale VI = Locale.forLanguageTag("vi");

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

    public String ratingsCsv(LocalDate from, LocalDate to, Csv.Dialect dialect) {
        LocalDate[] p = period(from, to);
        List<String> items = itemCodes();
        List<Object> header = new ArrayList<>(COLUMNS);
        header.addAll(items);
        StringBuilder out = new StringBuilder(Csv.line(dialect, header));
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
                    r.withDossier() ? 1 : 0,
                    r.moment() == null ? "" : r.moment()));
            for (String item : items) {
                row.add(
                        !r.answers().containsKey(item)
                                ? ""
                                : r.answers().get(item) == null
                                        ? "NA"
                                        : r.answers().get(item));
            }
            out.append(Csv.line(dialect, row));
        }
        return out.toString();
    }

    public String codebookCsv(Csv.Dialect dialect) {
        String scale = IntStream.rangeClosed(1, 5)
                        .mapToObj(v -> v + "=" + messages.getMessage("rating.level." + v, null, VI))
                        .collect(Collectors.joining("; "))
                + "; NA=" + messages.getMessage("survey.na", null, VI) + "; "
                + messages.getMessage("rating.codebook.notAsked", null, VI);
        StringBuilder out = new StringBuilder(Csv.line(dialect, List.of("variable", "label", "values")));
        // the codebook is in Vietnamese, like the export's item texts
        for (String variable : COLUMNS) {
            String values = variable.equals("channel")
                    ? RatingFilter.CHANNELS.stream()
                            .map(c -> c + "=" + messages.getMessage("report.channel." + c, null, VI))
                            .collect(Collectors.joining("; "))
                    : messages.getMessage("rating.codebook." + variable + ".values", null, "", VI);
            out.append(Csv.line(
                    dialect, List.of(variable, messages.getMessage("rating.codebook." + variable, null, VI), values)));
        }
        Map<String, List<String>> texts = new LinkedHashMap<>();
        repository
                .items()
                .forEach(i ->
                        texts.computeIfAbsent(i.code(), k -> new ArrayList<>()).add(i.form() + ": " + i.text()));
        texts.forEach((code, labels) ->
                out.append(Csv.line(dialect, List.of(code, String.join(" | ", labels), scale))));
        return out.toString();
    }

    private List<String> itemCodes() {
        return repository.items().stream()
                .map(RatingExportRepository.Item::code)
                .distinct()
                .toList();
    }
}
