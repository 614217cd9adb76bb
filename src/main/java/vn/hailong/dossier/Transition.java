package vn.hailong.dossier;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.hailong.calendar.DurationUnit;
import vn.hailong.calendar.WorkingCalendar;
import vn.hailong.catalog.Procedure;
import vn.hailong.organization.Agency;
import vn.hailong.shared.InvalidInputException;

/**
 * The effect of one allowed event on a dossier and its processing steps, under Decree 118/2025/NĐ-CP Art. 19: a
 * complete supplement restarts the processing time; breaches of the rule's deadlines are flagged, not refused.
 */
final class Transition {

    /** Art. 19(5): a supplement is asked within 3 working days of receipt. */
    static final int SUPPLEMENT_REQUEST_DAYS = 3;

    private final DossierRecord d;
    private final NewEvent e;
    private final LocalDateTime at;
    private final Agency agency;
    private final WorkingCalendar calendar;
    private final DossierRepository steps;
    private final Procedure procedure;
    private final List<DossierFlag> flags = new ArrayList<>();
    private StepFinished finished;

    Transition(
            DossierRecord d,
            NewEvent e,
            LocalDateTime at,
            Agency agency,
            Procedure procedure,
            WorkingCalendar calendar,
            DossierRepository steps) {
        this.procedure = procedure;
        this.d = d;
        this.e = e;
        this.at = at;
        this.agency = agency;
        this.calendar = calendar;
        this.steps = steps;
    }

    DossierRecord apply() {
        return switch (e.type()) {
            case HANDED_OVER -> handOver();
            case SUPPLEMENT_REQUESTED -> requestSupplement();
            case SUPPLEMENT_RECEIVED -> resumeAfterSupplement();
            case AWAITING_PAYMENT -> d.with(DossierStatus.AWAITING_PAYMENT);
            case PAYMENT_RECEIVED -> d.with(DossierStatus.PROCESSING);
            case RESOLVED -> resolve();
            case RETURNED ->
                new DossierRecord(
                        d.id(),
                        d.code(),
                        d.agencyId(),
                        d.procedureCode(),
                        DossierStatus.RETURNED,
                        d.receivedAt(),
                        d.dueAt(),
                        d.originalDueAt(),
                        d.pausedAt(),
                        d.resolvedAt(),
                        at,
                        at,
                        d.timeliness(),
                        d.supplementCount(),
                        d.extensionCount(),
                        d.handlingOfficerId());
            case WITHDRAWN -> close(DossierStatus.WITHDRAWN);
            case REFUSED -> close(requireReason(DossierStatus.REFUSED));
            case STOPPED -> close(requireReason(DossierStatus.STOPPED));
            case EXTENDED -> extend();
            case RECEIVED, DUE_RECOMPUTED -> throw new IllegalStateException("checked before");
        };
    }

    private DossierRecord handOver() {
        long to = e.agencyId() == null ? d.agencyId() : e.agencyId();
        finishOpenStep();
        int seq = steps.steps(d.id()).size() + 1;
        LocalDateTime allotted = e.allottedDays() == null
                ? d.dueAt()
                : calendar.of(agency.id())
                        .due(at, positive(e.allottedDays()), DurationUnit.WORKING_DAYS, agency.weekend());
        steps.insertStep(d.id(), seq, to, e.officerId(), at, allotted);
        return state(
                DossierStatus.PROCESSING,
                d.dueAt(),
                d.originalDueAt(),
                d.pausedAt(),
                d.supplementCount(),
                d.extensionCount(),
                e.officerId() != null ? e.officerId() : d.handlingOfficerId());
    }

    /**
     * The supplement request (form 02) goes out whenever it is made; asked more than 3 working days after receipt, or a
     * second time, it is flagged (Art. 19(5), Art. 11(2)(c)).
     */
    private DossierRecord requestSupplement() {
        if (calendar.of(agency.id())
                        .workingDaysBetween(d.receivedAt().toLocalDate(), at.toLocalDate(), agency.weekend())
                > SUPPLEMENT_REQUEST_DAYS) {
            flags.add(DossierFlag.SUPPLEMENT_REQUEST_LATE);
        }
        if (d.supplementCount() > 0) {
            flags.add(DossierFlag.SECOND_SUPPLEMENT_REQUEST);
        }
        return state(
                DossierStatus.SUPPLEMENT_REQUESTED,
                d.dueAt(),
                d.originalDueAt(),
                at,
                d.supplementCount() + 1,
                d.extensionCount(),
                d.handlingOfficerId());
    }

    /**
     * "Thời hạn giải quyết được tính lại từ đầu sau khi nhận đủ hồ sơ" (Art. 19(5)): the procedure's whole duration
     * runs again from the complete dossier's receipt, on the agency's calendar; it is the new statutory due date.
     */
    private DossierRecord resumeAfterSupplement() {
        LocalDateTime due =
                calendar.of(agency.id()).due(at, procedure.duration(), procedure.durationUnit(), agency.weekend());
        return state(
                DossierStatus.PROCESSING,
                due,
                due,
                null,
                d.supplementCount(),
                d.extensionCount(),
                d.handlingOfficerId());
    }

    /** Timeliness is judged against the statutory due date: an apology's new date does not make a late dossier on time. */
    private DossierRecord resolve() {
        finishOpenStep();
        return new DossierRecord(
                d.id(),
                d.code(),
                d.agencyId(),
                d.procedureCode(),
                DossierStatus.RESOLVED,
                d.receivedAt(),
                d.dueAt(),
                d.originalDueAt(),
                d.pausedAt(),
                at,
                null,
                null,
                Timeliness.of(at, d.originalDueAt()),
                d.supplementCount(),
                d.extensionCount(),
                d.handlingOfficerId());
    }

    /**
     * The apology and extension request (form 04) is due "chậm nhất 01 ngày trước ngày hết hạn" (Art. 19(6)): sent on
     * the due date or later it still goes out, flagged. The return date is reset only once.
     */
    private DossierRecord extend() {
        if (d.extensionCount() > 0) {
            throw new InvalidInputException("dossier.alreadyExtended", d.code());
        }
        if (e.newDueAt() == null || !e.newDueAt().isAfter(d.dueAt())) {
            throw new InvalidInputException("dossier.badNewDue");
        }
        if (e.note() == null || e.note().isBlank()) {
            throw new InvalidInputException("dossier.reasonRequired");
        }
        if (at.toLocalDate().isAfter(d.dueAt().toLocalDate().minusDays(1))) {
            flags.add(DossierFlag.APOLOGY_LATE);
        }
        return state(
                d.status(),
                e.newDueAt(),
                d.originalDueAt(),
                d.pausedAt(),
                d.supplementCount(),
                1,
                d.handlingOfficerId());
    }

    private DossierRecord close(DossierStatus status) {
        finishOpenStep();
        return new DossierRecord(
                d.id(),
                d.code(),
                d.agencyId(),
                d.procedureCode(),
                status,
                d.receivedAt(),
                d.dueAt(),
                d.originalDueAt(),
                d.pausedAt(),
                d.resolvedAt(),
                d.returnedAt(),
                at,
                Timeliness.PENDING,
                d.supplementCount(),
                d.extensionCount(),
                d.handlingOfficerId());
    }

    private DossierStatus requireReason(DossierStatus status) {
        if (e.note() == null || e.note().isBlank()) {
            throw new InvalidInputException("dossier.reasonRequired");
        }
        return status;
    }

    private void finishOpenStep() {
        steps.openStep(d.id()).ifPresent(s -> {
            Timeliness t = Timeliness.of(at, s.allottedDueAt());
            steps.finishStep(d.id(), s.seq(), at, t);
            finished = new StepFinished(d.id(), s.seq(), s.agencyId(), s.officerId(), at, t);
        });
    }

    /** The rules this transition broke, to be recorded beside it. */
    List<DossierFlag> flags() {
        return List.copyOf(flags);
    }

    /** The step this transition finished, if any (to be published once the dossier is written). */
    java.util.Optional<StepFinished> finishedStep() {
        return java.util.Optional.ofNullable(finished);
    }

    private DossierRecord state(
            DossierStatus status,
            LocalDateTime due,
            LocalDateTime original,
            LocalDateTime paused,
            int supplements,
            int extensions,
            Long officer) {
        return new DossierRecord(
                d.id(),
                d.code(),
                d.agencyId(),
                d.procedureCode(),
                status,
                d.receivedAt(),
                due,
                original,
                paused,
                d.resolvedAt(),
                d.returnedAt(),
                d.closedAt(),
                d.timeliness(),
                supplements,
                extensions,
                officer);
    }

    private static int positive(int days) {
        if (days < 1 || days > 365) {
            throw new InvalidInputException("dossier.badAllotted", days);
        }
        return days;
    }
}
