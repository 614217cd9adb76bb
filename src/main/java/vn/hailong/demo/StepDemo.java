package vn.hailong.demo;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.hailong.calendar.WorkingCalendar;
import vn.hailong.dossier.Timeliness;
import vn.hailong.organization.Agencies;
import vn.hailong.organization.Officer;

/**
 * Processing steps of the demo's finished land and construction dossiers, the procedures that pass through
 * several hands: the one-stop desk (one working day allotted), the land and construction officer (until the
 * working day before the due date) and the chairman's signature (until the due date). Each step is early, on
 * time or late against its own allotted date, as the control slip records it; the rollup rebuild then counts
 * them per step.
 */
@Component
@Profile("demo")
@Order(8)
class StepDemo implements DemoStep {

    private static final Set<DayOfWeek> WEEKEND = WorkingCalendar.DEFAULT_WEEKEND;

    private final JdbcTemplate jdbc;
    private final Agencies agencies;
    private final WorkingCalendar calendar;

    StepDemo(JdbcTemplate jdbc, Agencies agencies, WorkingCalendar calendar) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.calendar = calendar;
    }

    @Override
    public void load() {
        Random random = new Random(61);
        Map<Long, List<Officer>> officers = new HashMap<>();
        List<Object[]> rows = new ArrayList<>();
        jdbc.query("""
                select id, agency_id, handling_officer_id, received_at, due_at, resolved_at from dossier
                where field_code in ('DAT_DAI', 'XAY_DUNG') and resolved_at is not null order by id""", rs -> {
            long agency = rs.getLong(2);
            Long receiver = rs.getObject(3, Long.class);
            LocalDateTime received = rs.getTimestamp(4).toLocalDateTime();
            LocalDateTime due = rs.getTimestamp(5).toLocalDateTime();
            LocalDateTime resolved = rs.getTimestamp(6).toLocalDateTime();
            List<Officer> staff = officers.computeIfAbsent(agency, a -> agencies.officersUnscoped(a));
            // the land and construction officer handles the file and the chairman signs, where the unit has them
            Long specialist = holding(staff, "Địa chính", receiver);
            Long leader = holding(staff, "Chủ tịch", null);
            // the desk hands over within its day; the specialist takes most of the time; the leader signs last
            LocalDateTime deskDue =
                    calendar.plusWorkingDays(received.toLocalDate(), 1, WEEKEND).atTime(17, 0);
            LocalDateTime handedOver = received.plusMinutes(30 + random.nextInt(240));
            LocalDateTime specialistDue =
                    calendar.previousWorkingDay(due.toLocalDate(), WEEKEND).atTime(17, 0);
            LocalDateTime checked = resolved.minusHours(1 + random.nextInt(20));
            if (!checked.isAfter(handedOver)) {
                checked = handedOver.plusMinutes(30);
            }
            if (!resolved.isAfter(checked)) {
                resolved = checked.plusMinutes(15);
            }
            long dossier = rs.getLong(1);
            rows.add(step(dossier, 1, agency, receiver, received, deskDue, handedOver));
            rows.add(step(
                    dossier,
                    2,
                    agency,
                    specialist,
                    handedOver,
                    specialistDue.isBefore(handedOver) ? due : specialistDue,
                    checked));
            rows.add(step(dossier, 3, agency, leader, checked, due, resolved));
        });
        jdbc.batchUpdate("""
                insert into dossier_step (dossier_id, seq, agency_id, officer_id, started_at, allotted_due_at, finished_at, timeliness)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    private static Object[] step(
            long dossier,
            int seq,
            long agency,
            Long officer,
            LocalDateTime started,
            LocalDateTime allotted,
            LocalDateTime finished) {
        return new Object[] {
            dossier,
            seq,
            agency,
            officer,
            Timestamp.valueOf(started),
            Timestamp.valueOf(allotted),
            Timestamp.valueOf(finished),
            Timeliness.of(finished, allotted).name()
        };
    }

    private static Long holding(List<Officer> staff, String position, Long otherwise) {
        return staff.stream()
                .filter(o -> o.position() != null && o.position().contains(position))
                .map(Officer::id)
                .findFirst()
                .orElse(otherwise);
    }
}
