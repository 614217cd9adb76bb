package vn.hailong.dossier;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.hailong.catalog.ProcedureCatalog;
import vn.hailong.organization.Agencies;
import vn.hailong.organization.Agency;
import vn.hailong.organization.AgencyKind;
import vn.hailong.organization.Letterhead;
import vn.hailong.organization.Officer;
import vn.hailong.organization.OneStopBody;
import vn.hailong.shared.ConflictException;
import vn.hailong.shared.NotFoundException;
import vn.hailong.shared.pdf.PdfRenderer;
import vn.hailong.shared.pdf.QrCode;

/**
 * The official forms of a dossier (Decree 118/2025/NĐ-CP; Circular 03/2025/TT-VPCP Annex I): 01 receipt and
 * appointment with the rating QR, 02 supplement request, 03 refusal, 04 apology and extension request, 05 notice of
 * stopping, 06 processing control slip, 07 ledger. The one-stop body heads every form but 04, which the resolving
 * agency sends. They carry personal data, so only those who may read it print them.
 */
@Service
public class DossierForms {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final Dossiers dossiers;
    private final Agencies agencies;
    private final ProcedureCatalog catalog;
    private final PdfRenderer pdf;
    private final MessageSource messages;
    private final LedgerRows ledgerRows;
    private final DossierSettings settings;

    DossierForms(
            Dossiers dossiers,
            Agencies agencies,
            ProcedureCatalog catalog,
            PdfRenderer pdf,
            MessageSource messages,
            LedgerRows ledgerRows,
            DossierSettings settings) {
        this.ledgerRows = ledgerRows;
        this.settings = settings;
        this.dossiers = dossiers;
        this.agencies = agencies;
        this.catalog = catalog;
        this.pdf = pdf;
        this.messages = messages;
    }

    public byte[] form(String code, String number) {
        if (!DossierViews.mayReadPersonalData()) {
            throw new NotFoundException("dossier.notFound", code);
        }
        DossierView d = dossiers.get(code);
        Map<String, Object> m = common(d.receivingAgencyId(), d.agencyId(), !"04".equals(number));
        m.put("code", d.code());
        m.put("receivedAt", d.receivedAt());
        m.put("dueAt", d.dueAt());
        m.put("applicantName", d.applicant().name());
        m.put("applicantAddress", d.applicant().address());
        m.put("applicantPhone", d.applicant().phone());
        m.put("applicantEmail", d.applicant().email());
        m.put("procedureName", d.procedureName());
        return switch (number) {
            case "01" -> render("form01", receipt(d, m));
            case "02" -> render("form02", supplement(d, m));
            case "03" -> render("form03", refusal(d, m));
            case "04" -> render("form04", apology(d, m));
            case "05" -> render("form05", stop(d, m));
            case "06" -> render("form06", control(d, m));
            case "07" ->
                ledger(
                        d.agencyId(),
                        YearMonth.from(d.receivedAt()).atDay(1),
                        YearMonth.from(d.receivedAt()).atEndOfMonth());
            default -> throw new NotFoundException("dossier.form.unknown", number);
        };
    }

    /** Mẫu 07: the ledger of an agency's dossiers received in a period. */
    public byte[] ledger(long agencyId, LocalDate from, LocalDate to) {
        Map<String, Object> m = common(agencyId, agencyId, true);
        List<DossierRow> rows = ledgerRows.of(agencyId, from, to);
        List<Map<String, Object>> lines = new ArrayList<>();
        Map<String, Long> totals = new LinkedHashMap<>();
        totals.put(text("ledger.total"), (long) rows.size());
        for (Timeliness t : Timeliness.values()) {
            totals.put(
                    text("timeliness." + t.name()),
                    rows.stream().filter(r -> r.timeliness() == t).count());
        }
        for (int i = rows.size() - 1; i >= 0; i--) {
            DossierRow r = rows.get(i);
            Map<String, Object> line = new HashMap<>();
            line.put("seq", rows.size() - i);
            line.put("code", r.code());
            line.put("procedureName", r.procedureName());
            line.put("applicantName", r.applicantName());
            line.put("receivedAt", r.receivedAt());
            line.put("dueAt", r.dueAt());
            line.put("resolvedAt", r.resolvedAt());
            line.put("returnedAt", r.returnedAt());
            line.put("status", text("dossierStatus." + r.status().name()));
            line.put("timeliness", text("timeliness." + r.timeliness().name()));
            lines.add(line);
        }
        m.put("from", from);
        m.put("to", to);
        m.put("rows", lines);
        m.put("totals", totals);
        return render("form07", m);
    }

    private Map<String, Object> receipt(DossierView d, Map<String, Object> m) {
        var procedure = catalog.get(d.procedureCode());
        m.put(
                "documents",
                d.documents().stream()
                        .map(doc -> Map.<String, Object>of(
                                "name",
                                doc.name(),
                                "kind",
                                text("documentForm." + doc.form().name()),
                                "count",
                                doc.count()))
                        .toList());
        m.put("sets", d.sets());
        m.put("dueAt", d.originalDueAt());
        m.put(
                "durationText",
                String.format("%02d", procedure.duration()) + " "
                        + text("durationUnit." + procedure.durationUnit().name()));
        m.put("pickupPlace", m.get("oneStopName"));
        m.put("feeVnd", procedure.feeVnd());
        m.put("ledgerBook", String.valueOf(d.receivedAt().getYear()));
        m.put("ledgerNumber", d.code().substring(d.code().lastIndexOf('-') + 1));
        m.put("receivingOfficer", d.receivingOfficer() == null ? "" : d.receivingOfficer());
        m.put("ratingUrl", d.ratingUrl());
        m.put("ratingQr", d.ratingUrl() == null ? null : QrCode.pngDataUri(d.ratingUrl(), 240));
        return m;
    }

    private Map<String, Object> supplement(DossierView d, Map<String, Object> m) {
        DossierEventView e = last(d, EventType.SUPPLEMENT_REQUESTED);
        m.put("requestedAt", e.at());
        m.put("closesOn", e.at().toLocalDate().plusDays(settings.supplementWaitDays()));
        m.put("items", e.note() == null ? List.of() : List.of(e.note().split("\\s*;\\s*")));
        m.put("reason", e.note());
        m.put("officer", e.officerName() == null ? "" : e.officerName());
        return m;
    }

    private Map<String, Object> refusal(DossierView d, Map<String, Object> m) {
        DossierEventView e = last(d, EventType.REFUSED);
        m.put("decidedAt", e.at());
        m.put("reason", e.note());
        m.put("officer", e.officerName() == null ? "" : e.officerName());
        return m;
    }

    private Map<String, Object> apology(DossierView d, Map<String, Object> m) {
        DossierEventView e = last(d, EventType.EXTENDED);
        m.put("date", e.at().toLocalDate());
        m.put("originalDueAt", d.originalDueAt());
        m.put("newDueAt", d.dueAt());
        m.put("reason", e.note());
        boolean committee = isPeoplesCommittee(agencies.get(d.agencyId()));
        Officer leader = leader(d.agencyId(), committee ? "Chủ tịch" : "Giám đốc");
        m.put("leaderTitle", committee ? "TM. ỦY BAN NHÂN DÂN|CHỦ TỊCH" : "GIÁM ĐỐC");
        m.put("leaderName", leader == null ? "" : leader.fullName());
        return m;
    }

    /** Mẫu 05: the applicant asked to stop (withdrawn), or the dossier was stopped with a reason. */
    private Map<String, Object> stop(DossierView d, Map<String, Object> m) {
        if (d.status() != DossierStatus.STOPPED && d.status() != DossierStatus.WITHDRAWN) {
            throw new ConflictException("dossier.form.notApplicable", Lifecycle.label("eventType", EventType.STOPPED));
        }
        DossierEventView e = last(d, d.status() == DossierStatus.STOPPED ? EventType.STOPPED : EventType.WITHDRAWN);
        m.put("stoppedAt", e.at());
        m.put("withdrawn", d.status() == DossierStatus.WITHDRAWN);
        m.put("reason", e.note());
        m.put("officer", e.officerName() == null ? "" : e.officerName());
        return m;
    }

    private Map<String, Object> control(DossierView d, Map<String, Object> m) {
        List<Map<String, Object>> steps = new ArrayList<>();
        for (DossierStep s : d.steps()) {
            Map<String, Object> step = new HashMap<>();
            step.put("name", s.agencyName());
            step.put("handedAt", s.startedAt());
            step.put("allottedDueAt", s.allottedDueAt());
            step.put("finishedAt", s.finishedAt());
            step.put("timeliness", text("timeliness." + s.timeliness().name()));
            step.put("officer", s.officerName() == null ? "" : s.officerName());
            steps.add(step);
        }
        if (steps.isEmpty()) {
            Map<String, Object> whole = new HashMap<>();
            whole.put("name", d.agencyName());
            whole.put("handedAt", d.receivedAt());
            whole.put("allottedDueAt", d.originalDueAt());
            whole.put("finishedAt", d.resolvedAt());
            whole.put("timeliness", text("timeliness." + d.timeliness().name()));
            whole.put("officer", d.receivingOfficer() == null ? "" : d.receivingOfficer());
            steps.add(whole);
        }
        m.put("steps", steps);
        return m;
    }

    /**
     * The heading: the receiving one-stop body's (the dossier's receiving centre, Decree 118/2025/NĐ-CP Art. 14), or
     * the resolving agency's own; and both names for the running text.
     */
    private Map<String, Object> common(long receivingId, long agencyId, boolean oneStopHeading) {
        OneStopBody oneStop = agencies.oneStop(receivingId);
        Letterhead head = oneStopHeading ? oneStop.letterhead() : agencies.letterhead(agencyId);
        Map<String, Object> m = new HashMap<>();
        m.put("oneStopName", oneStop.name());
        m.put("resolvingName", agencies.byIdUnscoped(agencyId).orElseThrow().name());
        m.put("agencyParent", head.agencyParent());
        m.put("agencyName", head.agencyName());
        m.put("place", head.place());
        return m;
    }

    private Officer leader(long agencyId, String position) {
        return agencies.officers(agencyId).stream()
                .filter(o -> o.position() != null && o.position().startsWith(position))
                .findFirst()
                .orElse(null);
    }

    private static boolean isPeoplesCommittee(Agency agency) {
        return agency.kind() == AgencyKind.COMMUNE_PC || agency.kind() == AgencyKind.PROVINCE_PC;
    }

    private static DossierEventView last(DossierView d, EventType type) {
        return d.events().stream()
                .filter(e -> e.type() == type)
                .reduce((a, b) -> b)
                .orElseThrow(
                        () -> new ConflictException("dossier.form.notApplicable", Lifecycle.label("eventType", type)));
    }

    private byte[] render(String template, Map<String, Object> model) {
        return pdf.render(template, model, VI);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, VI);
    }
}
