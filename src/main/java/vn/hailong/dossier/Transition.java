package vn.hailong.dossier;

import java.time.LocalDateTime;

import vn.hailong.calendar.DurationUnit;
import vn.hailong.calendar.WorkingCalendar;
import vn.hailong.organization.Agency;
import vn.hailong.shared.InvalidInputException;

/** The effect of one allowed event on a dossier and its processing steps. */
final class Transition {

    private final DossierRecord d;
    private final NewEvent e;
    private final LocalDateTime at;
    private final Agency agency;
    private final WorkingCalendar calendar;
    private final DossierRepository steps;
    private StepFinished finished;

    Transition(DossierRecord d, NewEvent e, LocalDateTime at, Agency agency, WorkingCalendar calendar, DossierRepository steps) {
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
            case SUPPLEMENT_REQUESTED -> state(DossierStatus.SUPPLEMENT_REQUESTED, d.dueAt(), d.originalDueAt(), at,
                    d.supplementCount() + 1, d.extensionCount(), d.handlingOfficerId());
            case SUPPLEMENT_RECEIVED -> resumeAfterSupplement();
            case AWAITING_PAYMENT -> d.with(DossierStatus.AWAITING_PAYMENT);
            case PAYMENT_RECEIVED -> d.with(DossierStatus.PROCESSING);
            case RESOLVED -> resolve();
            case RETURNED -> new DossierRecord(d.id(), d.code(), d.agencyId(), d.procedureCode(), DossierStatus.RETURNED,
                    d.receivedAt(), d.dueAt(), d.originalDueAt(), d.pausedAt(), d.resolvedAt(), at, at, d.timeliness(),
                    d.supplementCount(), d.extensionCount(), d.handlingOfficerId());
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
        LocalDateTime allotted = e.allottedDays() == null ? d.dueAt()
                : calendar.due(at, positive(e.allottedDays()), DurationUnit.WORKING_DAYS, agency.weekend());
        steps.insertStep(d.id(), seq, to, e.officerId(), at, allotted);
        return state(DossierStatus.PROCESSING, d.dueAt(), d.originalDueAt(), d.pausedAt(), d.supplementCount(),
                d.extensionCount(), e.officerId() != null ? e.officerId() : d.handlingOfficerId());
    }

    /** Waiting for the citizen does not count: both deadlines move by the working days spent waiting. */
    private DossierRecord resumeAfterSupplement() {
        int waited = Math.max(0, calendar.workingDaysBetween(d.pausedAt().toLocalDate(), at.toLocalDate(), agency.weekend()));
        LocalDateTime due = shift(d.dueAt(), waited);
        LocalDateTime original = shift(d.originalDueAt(), waited);
        return state(DossierStatus.PROCESSING, due, original, null, d.supplementCount(), d.extensionCount(), d.handlingOfficerId());
    }

    /** Timeliness is judged against the statutory due date: an apology's new date does not make a late dossier on time. */
    private DossierRecord resolve() {
        finishOpenStep();
        return new DossierRecord(d.id(), d.code(), d.agencyId(), d.procedureCode(), DossierStatus.RESOLVED, d.receivedAt(),
                d.dueAt(), d.originalDueAt(), d.pausedAt(), at, null, null, Timeliness.of(at, d.originalDueAt()),
                d.supplementCount(), d.extensionCount(), d.handlingOfficerId());
    }

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
        return state(d.status(), e.newDueAt(), d.originalDueAt(), d.pausedAt(), d.supplementCount(), 1, d.handlingOfficerId());
    }

    private DossierRecord close(DossierStatus status) {
        finishOpenStep();
        return new DossierRecord(d.id(), d.code(), d.agencyId(), d.procedureCode(), status, d.receivedAt(), d.dueAt(),
                d.originalDueAt(), d.pausedAt(), d.resolvedAt(), d.returnedAt(), at, Timeliness.PENDING,
                d.supplementCount(), d.extensionCount(), d.handlingOfficerId());
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

    /** The step this transition finished, if any (to be published once the dossier is written). */
    java.util.Optional<StepFinished> finishedStep() {
        return java.util.Optional.ofNullable(finished);
    }

    private DossierRecord state(DossierStatus status, LocalDateTime due, LocalDateTime original, LocalDateTime paused,
            int supplements, int extensions, Long officer) {
        return new DossierRecord(d.id(), d.code(), d.agencyId(), d.procedureCode(), status, d.receivedAt(), due, original,
                paused, d.resolvedAt(), d.returnedAt(), d.closedAt(), d.timeliness(), supplements, extensions, officer);
    }

    private LocalDateTime shift(LocalDateTime due, int workingDays) {
        return workingDays == 0 ? due
                : calendar.plusWorkingDays(due.toLocalDate(), workingDays, agency.weekend()).atTime(due.toLocalTime());
    }

    private static int positive(int days) {
        if (days < 1 || days > 365) {
            throw new InvalidInputException("dossier.badAllotted", days);
        }
        return days;
    }
}
