package vn.hailong.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.hailong.access.CurrentUser;
import vn.hailong.shared.Csv;

/**
 * A campaign's raw responses as CSV (one row per response, one column per item; an expectation item
 * becomes one 0/1 column per option), its codebook (what every column and value means), for SPSS or R, and every
 * published figure with n, numerator, denominator, effective n and interval, so that each can be recomputed.
 */
@Service
public class SurveyExport {

    private final Campaigns campaigns;
    private final Questionnaires questionnaires;
    private final ResponseRepository responses;
    private final MessageSource messages;

    SurveyExport(
            Campaigns campaigns, Questionnaires questionnaires, ResponseRepository responses, MessageSource messages) {
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
        this.responses = responses;
        this.messages = messages;
    }

    public String responsesCsv(long campaignId, Csv.Dialect dialect) {
        Campaign c = campaigns.get(campaignId);
        Questionnaire q = questionnaires.get(c.questionnaireCode(), c.questionnaireVersion());
        List<String> header =
                new ArrayList<>(List.of("response_id", "agency_code", "agency_name", "channel", "created_at"));
        q.items().forEach(i -> {
            if (i.type() == ItemType.EXPECTATION) {
                for (int o = 1; o <= i.options().size(); o++) {
                    header.add(i.code() + "_" + o);
                }
            } else {
                header.add(i.code());
            }
        });
        StringBuilder out = new StringBuilder(Csv.line(dialect, header));
        for (ResponseRow r : responses.rows(campaignId, CurrentUser.scope())) {
            List<String> row = new ArrayList<>(
                    List.of(String.valueOf(r.id()), r.agencyCode(), r.agencyName(), r.channel(), r.createdAt()));
            q.items().forEach(i -> {
                String value = r.answers().get(i.code());
                if (i.type() == ItemType.EXPECTATION) {
                    List<String> chosen = value == null ? List.of() : List.of(value.split(","));
                    for (int o = 1; o <= i.options().size(); o++) {
                        row.add(value == null ? "" : chosen.contains(String.valueOf(o)) ? "1" : "0");
                    }
                } else if (i.type() == ItemType.TEXT) {
                    // free text without the e-mail addresses, phone and identity numbers a citizen may have typed
                    row.add(value == null ? "" : defused(vn.hailong.shared.PersonalData.strip(value)));
                } else {
                    row.add(value == null ? "" : value);
                }
            });
            out.append(Csv.line(dialect, row));
        }
        return out.toString();
    }

    public String codebookCsv(long campaignId, Csv.Dialect dialect) {
        Campaign c = campaigns.get(campaignId);
        Questionnaire q = questionnaires.get(c.questionnaireCode(), c.questionnaireVersion());
        java.util.Locale vi = java.util.Locale.forLanguageTag("vi");
        String scale = java.util.stream.IntStream.rangeClosed(1, 5)
                .mapToObj(v -> v + "=" + messages.getMessage("rating.level." + v, null, vi))
                .collect(Collectors.joining("; "));
        StringBuilder out = new StringBuilder(
                Csv.line(dialect, List.of("variable", "section", "label", "type", "index_role", "values")));
        out.append(Csv.line(
                dialect,
                List.of(
                        "channel",
                        "",
                        messages.getMessage("survey.codebook.channel", null, vi),
                        "CATEGORICAL",
                        "NONE",
                        messages.getMessage("survey.codebook.channels", null, vi))));
        for (Section s : q.sections()) {
            String section = s.code()
                    + (s.condition() == null
                            ? ""
                            : " (" + s.condition().item() + "=" + s.condition().equals() + ")");
            for (SurveyItem i : s.items()) {
                String values = switch (i.type()) {
                    case SATISFACTION ->
                        scale + (i.notApplicable() ? "; NA=" + messages.getMessage("survey.na", null, vi) : "");
                    case YES_NO ->
                        "YES=" + messages.getMessage("survey.yes", null, vi) + "; NO="
                                + messages.getMessage("survey.no", null, vi);
                    case CATEGORICAL -> options(i);
                    case EXPECTATION -> messages.getMessage("survey.codebook.expectation", null, vi);
                    case TEXT -> messages.getMessage("survey.codebook.text", null, vi);
                };
                if (i.type() == ItemType.EXPECTATION) {
                    for (int o = 1; o <= i.options().size(); o++) {
                        out.append(Csv.line(
                                dialect,
                                List.of(
                                        i.code() + "_" + o,
                                        section,
                                        i.text() + " — " + i.options().get(o - 1),
                                        i.type().name(),
                                        i.role().name(),
                                        values)));
                    }
                } else {
                    out.append(Csv.line(
                            dialect,
                            List.of(
                                    i.code(),
                                    section,
                                    i.text(),
                                    i.type().name(),
                                    i.role().name(),
                                    values)));
                }
            }
        }
        return out.toString();
    }

    /**
     * Every published figure of the campaign — each unit, then all units pooled and as the mean of units; criterion,
     * factor, overall and the satisfaction items — with n, numerator and denominator where the figure is a rate, the
     * effective sample size and the 95% interval, which is always Wilson's at that effective n (docs/statistics.md).
     */
    public String figuresCsv(long campaignId, Csv.Dialect dialect) {
        StringBuilder out = new StringBuilder(Csv.line(
                dialect,
                List.of(
                        "scope",
                        "agency_id",
                        "unit",
                        "level",
                        "code",
                        "title",
                        "estimator",
                        "index_pct",
                        "respondents",
                        "valid_answers",
                        "satisfied",
                        "effective_n",
                        "low_pct",
                        "high_pct")));
        CampaignResults pooled = campaigns.results(campaignId, Aggregation.POOLED);
        for (UnitIndex u : pooled.units()) {
            figures(dialect, out, "unit", u, false);
        }
        figures(dialect, out, "pooled", pooled.total(), false);
        figures(
                dialect,
                out,
                "mean",
                campaigns.results(campaignId, Aggregation.MEAN).total(),
                true);
        return out.toString();
    }

    private static void figures(
            Csv.Dialect dialect, StringBuilder out, String scope, UnitIndex u, boolean meanOfUnits) {
        String id = u.agencyId() == null ? "" : String.valueOf(u.agencyId());
        String units = meanOfUnits ? "mean over units of " : "";
        for (CriterionIndex c : u.criteria()) {
            out.append(Csv.line(
                    dialect,
                    List.of(
                            scope,
                            id,
                            u.name(),
                            "criterion",
                            c.code(),
                            c.text(),
                            meanOfUnits ? "mean over units of satisfied / valid" : "satisfied / valid",
                            number(c.index()),
                            String.valueOf(u.respondents()),
                            String.valueOf(c.n()),
                            c.satisfied() == null ? "" : String.valueOf(c.satisfied()),
                            number(c.effectiveN()),
                            number(c.low()),
                            number(c.high()))));
        }
        for (FactorIndex f : u.factors()) {
            out.append(Csv.line(
                    dialect,
                    List.of(
                            scope,
                            id,
                            u.name(),
                            "factor",
                            f.code(),
                            f.title(),
                            units + "mean of its criteria",
                            number(f.index()),
                            String.valueOf(u.respondents()),
                            String.valueOf(f.n()),
                            "",
                            number(f.effectiveN()),
                            number(f.low()),
                            number(f.high()))));
            if (f.satisfaction() != null && f.satisfaction().valid() > 0) {
                item(dialect, out, scope, id, u, "factor_item", f.code(), f.title(), u.respondents(), f.satisfaction());
            }
        }
        out.append(Csv.line(
                dialect,
                List.of(
                        scope,
                        id,
                        u.name(),
                        "overall",
                        "SIPAS",
                        "",
                        units + "mean of the factors",
                        number(u.overall()),
                        String.valueOf(u.respondents()),
                        String.valueOf(
                                u.factors().stream().mapToLong(FactorIndex::n).sum()),
                        "",
                        number(u.overallEffectiveN()),
                        number(u.overallLow()),
                        number(u.overallHigh()))));
        if (u.overallSatisfaction() != null && u.overallSatisfaction().valid() > 0) {
            item(dialect, out, scope, id, u, "overall_item", "", "", u.respondents(), u.overallSatisfaction());
        }
    }

    private static void item(
            Csv.Dialect dialect,
            StringBuilder out,
            String scope,
            String id,
            UnitIndex u,
            String level,
            String code,
            String title,
            long respondents,
            Rate r) {
        out.append(Csv.line(
                dialect,
                List.of(
                        scope,
                        id,
                        u.name(),
                        level,
                        code,
                        title,
                        "satisfied / valid",
                        number(r.rate()),
                        String.valueOf(respondents),
                        String.valueOf(r.valid()),
                        String.valueOf(r.satisfied()),
                        String.valueOf(r.valid()),
                        number(r.low()),
                        number(r.high()))));
    }

    /** A decimal stays a number, so that the writer puts the dialect's decimal mark. */
    private static Object number(Double value) {
        return value == null ? "" : value;
    }

    private static String options(SurveyItem i) {
        List<String> parts = new ArrayList<>();
        for (int o = 1; o <= i.options().size(); o++) {
            parts.add(o + "=" + i.options().get(o - 1));
        }
        return String.join("; ", parts);
    }

    /** Free text that a spreadsheet would run as a formula starts with an apostrophe instead. */
    static String defused(String text) {
        return !text.isEmpty() && "=+@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** The responses, the codebook and the figures together, as one ZIP of UTF-8 CSV with a BOM and CRLF. */
    public byte[] zip(long campaignId, Csv.Dialect dialect) {
        String responses = responsesCsv(campaignId, dialect);
        String codebook = codebookCsv(campaignId, dialect);
        String figures = figuresCsv(campaignId, dialect);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            for (var e : List.of(
                    Map.entry("responses.csv", responses),
                    Map.entry("codebook.csv", codebook),
                    Map.entry("figures.csv", figures))) {
                zip.putNextEntry(new java.util.zip.ZipEntry("sipas-" + campaignId + "-" + e.getKey()));
                zip.write(Csv.BOM);
                zip.write(e.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** One response with its answers by item code, as exported. */
    record ResponseRow(
            long id,
            String agencyCode,
            String agencyName,
            String channel,
            String createdAt,
            Map<String, String> answers) {}
}
