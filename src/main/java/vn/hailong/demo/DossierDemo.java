package vn.hailong.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.hailong.calendar.WorkingCalendar;
import vn.hailong.catalog.Procedure;
import vn.hailong.catalog.ProcedureCatalog;
import vn.hailong.dossier.ApplicantKind;
import vn.hailong.dossier.Channel;
import vn.hailong.dossier.DossierBulk;
import vn.hailong.dossier.DossierStatus;
import vn.hailong.dossier.Dossiers;
import vn.hailong.dossier.ImportedDossier;
import vn.hailong.organization.Agencies;
import vn.hailong.organization.Agency;
import vn.hailong.organization.AgencyKind;
import vn.hailong.organization.Officer;

/**
 * Twelve months of dossiers for every commune of Quảng Ninh, in the ranges the seeds report: a few
 * hundred to a few thousand a year per commune, about 96% early, a few on time, about 1% late (most
 * of those with an apology and a new date), some still open.
 */
@Component
@Profile("demo")
@Order(5)
class DossierDemo implements DemoStep {

    private static final Map<String, Integer> FIELD_WEIGHTS = Map.of(
            "CHUNG_THUC",
            36,
            "HO_TICH",
            30,
            "DAT_DAI",
            12,
            "LDTBXH",
            8,
            "KINH_DOANH",
            6,
            "XAY_DUNG",
            5,
            "MOI_TRUONG",
            1,
            "NUOI_CON_NUOI",
            1,
            "TON_GIAO",
            1);

    /** Percent of a field's dossiers that an organisation files. */
    private static final Map<String, Integer> ORGANISATION_SHARE =
            Map.of("KINH_DOANH", 45, "MOI_TRUONG", 50, "TON_GIAO", 60, "XAY_DUNG", 20, "DAT_DAI", 8, "CHUNG_THUC", 6);

    private static final List<String> ORGANISATIONS = List.of(
            "Công ty TNHH Thương mại Vịnh Xanh",
            "Công ty Cổ phần Du lịch Bãi Cháy",
            "Hợp tác xã Nuôi trồng thủy sản Hùng Thắng",
            "Công ty TNHH Xây dựng Hòn Gai",
            "Doanh nghiệp tư nhân Vận tải Minh Phát",
            "Chùa Long Tiên",
            "Công ty Cổ phần Than Hà Tu",
            "Hợp tác xã Dịch vụ Cao Xanh");

    private final Agencies agencies;
    private final ProcedureCatalog catalog;
    private final WorkingCalendar calendar;
    private final DossierBulk bulk;
    private final Clock clock;
    private final double scale;

    DossierDemo(
            Agencies agencies,
            ProcedureCatalog catalog,
            WorkingCalendar calendar,
            DossierBulk bulk,
            Clock clock,
            DemoProperties properties) {
        this.agencies = agencies;
        this.catalog = catalog;
        this.calendar = calendar;
        this.bulk = bulk;
        this.clock = clock;
        this.scale = properties.dossierScale();
    }

    @Override
    public void load() {
        Random random = new Random(2026);
        List<Procedure> weighted = weightedProcedures();
        List<String> names = DemoData.lines("data/demo/officer-names.txt");
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate first = now.toLocalDate().minusMonths(12).withDayOfMonth(1);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(now.toLocalDate()); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d, WorkingCalendar.DEFAULT_WEEKEND)) {
                days.add(d);
            }
        }
        List<ImportedDossier> batch = new ArrayList<>();
        for (Agency agency : agencies.visible(null)) {
            if (agency.kind() != AgencyKind.COMMUNE_PC) {
                continue;
            }
            List<Officer> desk = agencies.officers(agency.id()).stream()
                    .filter(o -> o.deskId() != null)
                    .toList();
            int yearly = (int) Math.round((300 + random.nextInt(2100)) * scale);
            Map<LocalDate, Integer> sequence = new HashMap<>();
            for (int i = 0; i < yearly; i++) {
                LocalDate day = days.get(random.nextInt(days.size()));
                LocalDateTime received = day.atTime(LocalTime.of(7, 30).plusMinutes(random.nextInt(9 * 60)));
                if (received.isAfter(now)) {
                    continue;
                }
                int seq = sequence.merge(day, 1, Integer::sum);
                batch.add(dossier(
                        random,
                        agency,
                        Dossiers.code(agency.code(), day, seq),
                        received,
                        now,
                        weighted.get(random.nextInt(weighted.size())),
                        names,
                        desk));
                if (batch.size() == 5000) {
                    write(batch);
                }
            }
        }
        write(batch);
    }

    private ImportedDossier dossier(
            Random random,
            Agency agency,
            String code,
            LocalDateTime received,
            LocalDateTime now,
            Procedure p,
            List<String> names,
            List<Officer> desk) {
        LocalDateTime due = calendar.due(received, p.duration(), p.durationUnit(), agency.weekend());
        double outcome = random.nextDouble();
        LocalDateTime resolved;
        LocalDateTime extendedTo = null;
        if (outcome < 0.958) {
            resolved =
                    between(random, received.plusMinutes(30), due.minusDays(1).withHour(16));
        } else if (outcome < 0.99) {
            resolved = due.toLocalDate().atTime(8, 0).plusMinutes(random.nextInt(8 * 60));
        } else {
            LocalDate lateDay = calendar.plusWorkingDays(due.toLocalDate(), 1 + random.nextInt(3), agency.weekend());
            resolved = lateDay.atTime(9, random.nextInt(60));
            if (random.nextInt(10) < 7) {
                extendedTo = calendar.plusWorkingDays(due.toLocalDate(), 3, agency.weekend())
                        .atTime(due.toLocalTime());
            }
        }
        while (!calendar.isWorkingDay(resolved.toLocalDate(), agency.weekend())) {
            resolved = resolved.minusDays(1);
        }
        if (resolved.isBefore(received)) {
            resolved = received.plusMinutes(30);
        }
        LocalDateTime returned = calendar.plusWorkingDays(resolved.toLocalDate(), random.nextInt(3), agency.weekend())
                .atTime(8, 0)
                .plusMinutes(random.nextInt(8 * 60));
        if (returned.isBefore(resolved)) {
            returned = resolved.plusMinutes(15);
        }
        DossierStatus status = null;
        if (random.nextInt(250) == 0) {
            status = DossierStatus.WITHDRAWN;
            resolved = null;
            returned = null;
            extendedTo = null;
        }
        if (resolved != null && resolved.isAfter(now)) {
            resolved = null;
            returned = null;
            extendedTo = null;
        }
        if (returned != null && returned.isAfter(now)) {
            returned = null;
        }
        Officer officer = desk.isEmpty() ? null : desk.get(random.nextInt(desk.size()));
        String name = names.get(random.nextInt(names.size()));
        // organisations apply mostly for business, environment, religious and building matters: drawn from the code,
        // not from the shared random stream, so the rest of the demo stays as it was
        Random kinds = new Random(code.hashCode());
        boolean organisation = kinds.nextInt(100) < ORGANISATION_SHARE.getOrDefault(p.fieldCode(), 0);
        if (organisation) {
            name = ORGANISATIONS.get(kinds.nextInt(ORGANISATIONS.size()));
        }
        return new ImportedDossier(
                code,
                agency.code(),
                p.code(),
                random.nextInt(5) == 0 ? Channel.ONLINE : Channel.IN_PERSON,
                name,
                "09" + (10000000 + random.nextInt(89999999)),
                null,
                received,
                due,
                resolved,
                returned,
                status,
                officer == null ? null : officer.id(),
                officer == null ? null : officer.id(),
                extendedTo,
                extendedTo == null ? null : "Cần xác minh thêm thông tin với cơ quan liên quan",
                organisation ? ApplicantKind.ORGANISATION : ApplicantKind.CITIZEN);
    }

    private void write(List<ImportedDossier> batch) {
        var refused = bulk.write(batch, null, "demo").stream()
                .filter(o -> o.error() != null)
                .toList();
        if (!refused.isEmpty()) {
            throw new IllegalStateException(
                    "Demo dossier refused: " + refused.get(0).error().messageKey());
        }
        batch.clear();
    }

    private static LocalDateTime between(Random random, LocalDateTime from, LocalDateTime to) {
        if (!to.isAfter(from)) {
            return from;
        }
        long minutes = java.time.Duration.between(from, to).toMinutes();
        LocalDateTime t = from.plusMinutes((long) (random.nextDouble() * minutes));
        if (t.getHour() < 7 || t.getHour() >= 17) {
            t = t.withHour(8 + random.nextInt(8));
        }
        return t.isAfter(to) ? to : t.isBefore(from) ? from : t;
    }

    private List<Procedure> weightedProcedures() {
        List<Procedure> all = catalog.search(null, "").stream()
                .filter(p -> p.agencyKinds().contains("COMMUNE_PC"))
                .toList();
        List<Procedure> weighted = new ArrayList<>();
        for (Procedure p : all) {
            long inField = all.stream()
                    .filter(x -> x.fieldCode().equals(p.fieldCode()))
                    .count();
            int copies = (int) Math.max(1, FIELD_WEIGHTS.getOrDefault(p.fieldCode(), 1) * 12 / inField);
            for (int i = 0; i < copies; i++) {
                weighted.add(p);
            }
        }
        return weighted;
    }
}
