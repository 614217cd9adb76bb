package vn.hailong.dossier;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.hailong.calendar.WorkingCalendar;
import vn.hailong.catalog.Procedure;
import vn.hailong.catalog.ProcedureCatalog;
import vn.hailong.organization.Agencies;
import vn.hailong.organization.Agency;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.SearchKeys;

/**
 * Writes many dossiers at once, with COPY on PostgreSQL ({@link DossierCopy}) and JDBC batches on H2: the path of the
 * bulk import, the demo and the benchmark. Each dossier is checked with the same rules as a single receipt; a bad one is returned
 * as an error and the good ones are written.
 */
@Component
public class DossierBulk {

    /** The outcome for one input: written, skipped because its code exists, or refused with a reason. */
    public record Outcome(int index, boolean written, boolean existed, InvalidInputException error) {}

    private final JdbcTemplate jdbc;
    private final Agencies agencies;
    private final ProcedureCatalog catalog;
    private final WorkingCalendar calendar;

    /** Null on H2 (JDBC batches). */
    private final DossierCopy copy;

    DossierBulk(JdbcTemplate jdbc, Agencies agencies, ProcedureCatalog catalog, WorkingCalendar calendar) {
        this.jdbc = jdbc;
        this.copy = DossierCopy.supported(jdbc.getDataSource()) ? new DossierCopy(jdbc) : null;
        this.agencies = agencies;
        this.catalog = catalog;
        this.calendar = calendar;
    }

    /** Whether batches stream in by COPY (PostgreSQL), which {@link ImportWriters} writes two at a time. */
    boolean copies() {
        return copy != null;
    }

    /** Validates and writes a batch; agencies outside {@code allowedAgencyIds} (null = all) are refused. */
    public List<Outcome> write(List<ImportedDossier> batch, Set<Long> allowedAgencyIds, String actor) {
        Map<String, Agency> agencyCache = new HashMap<>();
        Map<String, Procedure> procedureCache = new HashMap<>();
        Map<String, Long> existing = existingCodes(batch);
        Set<String> inBatch = new HashSet<>();
        List<Outcome> outcomes = new ArrayList<>();
        List<Object[]> dossierRows = new ArrayList<>();
        List<Object[]> eventRows = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            ImportedDossier d = batch.get(i);
            if (!inBatch.add(d.code())) {
                outcomes.add(new Outcome(i, false, true, null));
                continue;
            }
            try {
                Agency agency = agencyCache.computeIfAbsent(
                        d.agencyCode(), c -> agencies.byCode(c).orElse(null));
                if (agency == null || (allowedAgencyIds != null && !allowedAgencyIds.contains(agency.id()))) {
                    throw new InvalidInputException("dossier.import.unknownAgency", d.agencyCode());
                }
                // "unchanged" only for a code of the row's own agency: the answer never depends on other agencies'
                // codes
                Long holder = existing.get(d.code());
                if (holder != null && holder == agency.id()) {
                    outcomes.add(new Outcome(i, false, true, null));
                    continue;
                }
                if (holder != null) {
                    throw new vn.hailong.shared.ConflictException("dossier.duplicateCode", d.code());
                }
                Procedure p = procedureCache.computeIfAbsent(
                        d.procedureCode(), c -> catalog.find(c).orElse(null));
                if (p == null) {
                    throw new InvalidInputException("dossier.unknownProcedure", d.procedureCode());
                }
                LocalDateTime due = d.dueAt() != null
                        ? d.dueAt()
                        : calendar.of(agency.id())
                                .due(d.receivedAt(), p.duration(), p.durationUnit(), agency.weekend());
                DossierStatus status = check(d);
                Timeliness timeliness =
                        d.resolvedAt() == null ? Timeliness.PENDING : Timeliness.of(d.resolvedAt(), due);
                dossierRows.add(new Object[] {
                    d.code(),
                    agency.id(),
                    p.code(),
                    p.fieldCode(),
                    (d.channel() == null ? Channel.IN_PERSON : d.channel()).code(),
                    status.code(),
                    d.applicantName(),
                    d.applicantPhone(),
                    d.applicantEmail(),
                    (d.applicantKind() == null ? ApplicantKind.CITIZEN : d.applicantKind()).name(),
                    d.receivingOfficerId(),
                    d.handlingOfficerId(),
                    ts(d.receivedAt()),
                    ts(d.extendedTo() != null ? d.extendedTo() : due),
                    ts(due),
                    ts(d.resolvedAt()),
                    ts(d.returnedAt()),
                    ts(closedAt(d, status)),
                    timeliness.name(),
                    d.extendedTo() != null ? 1 : 0,
                    ts(d.receivedAt())
                });
                eventRows.add(event(d.code(), "import-received", EventType.RECEIVED, d.receivedAt(), null, actor));
                if (d.extendedTo() != null) {
                    eventRows.add(event(
                            d.code(),
                            "import-extended",
                            EventType.EXTENDED,
                            d.resolvedAt() != null ? min(d.resolvedAt(), due) : due,
                            d.extensionReason(),
                            actor));
                }
                if (d.resolvedAt() != null) {
                    eventRows.add(event(d.code(), "import-resolved", EventType.RESOLVED, d.resolvedAt(), null, actor));
                }
                if (d.returnedAt() != null) {
                    eventRows.add(event(d.code(), "import-returned", EventType.RETURNED, d.returnedAt(), null, actor));
                }
                if (status == DossierStatus.WITHDRAWN || status == DossierStatus.REFUSED) {
                    eventRows.add(event(
                            d.code(),
                            "import-closed",
                            status == DossierStatus.WITHDRAWN ? EventType.WITHDRAWN : EventType.REFUSED,
                            d.receivedAt(),
                            null,
                            actor));
                }
                outcomes.add(new Outcome(i, true, false, null));
            } catch (InvalidInputException e) {
                outcomes.add(new Outcome(i, false, false, e));
            }
        }
        if (copy != null) {
            copy.write(dossierRows, eventRows);
        } else {
            insertDossiers(dossierRows);
            insertEvents(eventRows);
        }
        return outcomes;
    }

    /** The status the times allow; refuses times that contradict each other. */
    static DossierStatus check(ImportedDossier d) {
        if (d.code() == null
                || d.code().isBlank()
                || d.applicantName() == null
                || d.applicantName().isBlank()
                || d.receivedAt() == null) {
            throw new InvalidInputException("dossier.import.missing");
        }
        if (d.resolvedAt() != null && d.resolvedAt().isBefore(d.receivedAt())) {
            throw new InvalidInputException("dossier.import.resolvedBeforeReceived");
        }
        if (d.returnedAt() != null && (d.resolvedAt() == null || d.returnedAt().isBefore(d.resolvedAt()))) {
            throw new InvalidInputException("dossier.import.returnedBeforeResolved");
        }
        DossierStatus derived = d.returnedAt() != null
                ? DossierStatus.RETURNED
                : d.resolvedAt() != null ? DossierStatus.RESOLVED : DossierStatus.PROCESSING;
        if (d.status() == null) {
            return derived;
        }
        boolean consistent = switch (d.status()) {
            case RETURNED, RESOLVED -> d.status() == derived;
            case WITHDRAWN, REFUSED, STOPPED -> d.returnedAt() == null && d.resolvedAt() == null;
            default -> d.resolvedAt() == null;
        };
        if (!consistent) {
            throw new InvalidInputException(
                    "dossier.import.statusMismatch", Lifecycle.label("dossierStatus", d.status()));
        }
        return d.status();
    }

    private static LocalDateTime closedAt(ImportedDossier d, DossierStatus status) {
        return status == DossierStatus.RETURNED ? d.returnedAt() : status.closed() ? d.receivedAt() : null;
    }

    /** The batch's codes that exist already, each with its dossier's agency. */
    private Map<String, Long> existingCodes(List<ImportedDossier> batch) {
        Map<String, Long> found = new HashMap<>();
        List<String> codes =
                batch.stream().map(ImportedDossier::code).filter(c -> c != null).toList();
        for (int from = 0; from < codes.size(); from += 1000) {
            List<String> chunk = codes.subList(from, Math.min(codes.size(), from + 1000));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            jdbc.query(
                    "select code, agency_id from dossier where code in (" + marks + ")",
                    rs -> {
                        found.put(rs.getString(1), rs.getLong(2));
                    },
                    chunk.toArray());
        }
        return found;
    }

    /** The dossier is received at the receiving officer's desk (of the same agency), when the officer has one. */
    private void insertDossiers(List<Object[]> rows) {
        List<Object[]> withDesk = rows.stream()
                .map(r -> {
                    Object[] x = java.util.Arrays.copyOf(r, r.length + 6);
                    x[r.length] = SearchKeys.name((String) r[6]);
                    x[r.length + 1] = SearchKeys.code((String) r[0]);
                    x[r.length + 2] = SearchKeys.phoneReversed((String) r[7]);
                    x[r.length + 3] = r[10];
                    x[r.length + 4] = r[1];
                    x[r.length + 5] = r[1];
                    return x;
                })
                .toList();
        jdbc.batchUpdate("""
                insert into dossier (code, agency_id, procedure_code, field_code, channel, status, applicant_name,
                  applicant_phone, applicant_email, applicant_kind, receiving_officer_id, handling_officer_id, received_at, due_at,
                  original_due_at, resolved_at, returned_at, closed_at, timeliness, extension_count, created_at, search_name,
                  code_key, phone_rev, desk_id, receiving_agency_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                  (select o.desk_id from officer o where o.id = ? and o.agency_id = ?), ?)""", withDesk, new int[] {
            Types.VARCHAR,
            Types.BIGINT,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.SMALLINT,
            Types.SMALLINT,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.BIGINT,
            Types.BIGINT,
            Types.TIMESTAMP,
            Types.TIMESTAMP,
            Types.TIMESTAMP,
            Types.TIMESTAMP,
            Types.TIMESTAMP,
            Types.TIMESTAMP,
            Types.VARCHAR,
            Types.SMALLINT,
            Types.TIMESTAMP,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.BIGINT,
            Types.BIGINT,
            Types.BIGINT
        });
    }

    private void insertEvents(List<Object[]> rows) {
        jdbc.batchUpdate("""
                insert into dossier_event (dossier_id, event_id, type, at, note, recorded_by)
                select id, ?, ?, ?, ?, ? from dossier where code = ?""", rows, new int[] {
            Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR
        });
    }

    private static Object[] event(String code, String id, EventType type, LocalDateTime at, String note, String actor) {
        return new Object[] {id, type.name(), ts(at), note, actor, code};
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    private static Timestamp ts(LocalDateTime t) {
        return t == null ? null : Timestamp.valueOf(t);
    }
}
