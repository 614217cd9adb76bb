package vn.hailong.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.hailong.access.Role;
import vn.hailong.access.UserForm;
import vn.hailong.access.Users;
import vn.hailong.calendar.WorkingCalendar;
import vn.hailong.catalog.ProcedureCatalog;
import vn.hailong.catalog.ProcedureForm;
import vn.hailong.dossier.Dossiers;
import vn.hailong.dossier.EventType;
import vn.hailong.dossier.NewDossier;
import vn.hailong.dossier.NewEvent;
import vn.hailong.organization.Agencies;
import vn.hailong.organization.AgencyKind;

/**
 * The one-stop bodies of Decree 118/2025/NĐ-CP Art. 7 in the demo: a commune-level Public Administration Service
 * Centre under the People's Committees of Hồng Gai and Hạ Long, with receiving points, and dossiers received at one
 * commune's centre and resolved by another agency of the province (Art. 14(2)). The electronic identifiers given
 * to the centres and two departments are ILLUSTRATIVE, not the province's real ones; the national code of HT-001
 * is the example (1.001193), to be checked against the national database ("cần đối chiếu").
 */
@Component
@Order(9)
class CentreDemo implements DemoStep {

    private final Agencies agencies;
    private final Users users;
    private final Dossiers dossiers;
    private final ProcedureCatalog catalog;
    private final WorkingCalendar calendar;
    private final Clock clock;

    CentreDemo(
            Agencies agencies,
            Users users,
            Dossiers dossiers,
            ProcedureCatalog catalog,
            WorkingCalendar calendar,
            Clock clock) {
        this.agencies = agencies;
        this.users = users;
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public void load() {
        catalog.update("HT-001", ProcedureForm.of(catalog.get("HT-001")).withNationalCode("1.001193"));
        long hongGaiCentre = centre(AccountsDemo.HONG_GAI, "phường Hồng Gai", "H22.90.01");
        long point = point(hongGaiCentre, AccountsDemo.HONG_GAI, "1", "Tổ dân phố 5, phường Hồng Gai");
        point(hongGaiCentre, AccountsDemo.HONG_GAI, "2", "Khu Cột 8, phường Hồng Gai");
        long haLongCentre = centre(AccountsDemo.HA_LONG, "phường Hạ Long", "H22.90.02");
        long haLongPoint = point(haLongCentre, AccountsDemo.HA_LONG, "1", "Khu Bãi Cháy, phường Hạ Long");
        long justice = agencies.byCode("22-STP").orElseThrow().id();
        long construction = agencies.byCode("22-SXD").orElseThrow().id();
        agencies.setElectronicId(justice, "H22.20.01");
        agencies.setElectronicId(construction, "H22.21.01");
        long haLong = agencies.byCode(OrganizationDemo.agencyCode(AccountsDemo.HA_LONG))
                .orElseThrow()
                .id();
        long hongGai = agencies.byCode(OrganizationDemo.agencyCode(AccountsDemo.HONG_GAI))
                .orElseThrow()
                .id();
        users.create(new UserForm(
                "honggai.trungtam",
                "Đặng Thị Mai",
                null,
                Role.ONE_STOP_OFFICER,
                OrganizationDemo.PROVINCE,
                hongGaiCentre,
                AccountsDemo.PASSWORD,
                true));

        // received at Hồng Gai's centre: a birth registered by Hạ Long, extracts by the Department of Justice, a
        // provincial building permit by the Department of Construction; and one at Hạ Long's receiving point for Hồng
        // Gai
        List<Object[]> cross = List.of(
                new Object[] {hongGaiCentre, haLong, "HT-001", "Ngô Thị Thu", 9, true},
                new Object[] {hongGaiCentre, haLong, "HT-001", "Lý Văn Quang", 4, true},
                new Object[] {hongGaiCentre, haLong, "HT-001", "Bùi Minh Châu", 0, false},
                new Object[] {hongGaiCentre, justice, "HT-009", "Đỗ Thanh Hà", 6, true},
                new Object[] {hongGaiCentre, justice, "HT-009", "Phan Quốc Bảo", 1, false},
                new Object[] {point, justice, "HT-009", "Trịnh Thị Yến", 2, false},
                new Object[] {hongGaiCentre, construction, "XD-006", "Công ty TNHH Xây dựng Hòn Gai", 12, false},
                new Object[] {haLongPoint, hongGai, "HT-001", "Vương Thị Ngọc", 3, true});
        int n = 0;
        for (Object[] c : cross) {
            receive(n++, (Long) c[0], (Long) c[1], (String) c[2], (String) c[3], (Integer) c[4], (Boolean) c[5]);
        }
    }

    private long centre(String commune, String place, String electronicId) {
        long committee = agencies.byCode(OrganizationDemo.agencyCode(commune))
                .orElseThrow()
                .id();
        long centre = agencies.create(
                OrganizationDemo.agencyCode(commune) + "-TTPVHCC",
                "Trung tâm Phục vụ hành chính công " + place,
                AgencyKind.COMMUNE_CENTRE,
                commune,
                committee);
        agencies.setElectronicId(centre, electronicId);
        long desk = agencies.createDesk(centre, "Quầy liên thông tiếp nhận không phụ thuộc địa giới", null);
        agencies.createOfficer(centre, desk, "Đặng Thị Mai", "Viên chức tiếp nhận và trả kết quả", null, null);
        return centre;
    }

    private long point(long centre, String commune, String number, String where) {
        long point = agencies.create(
                OrganizationDemo.agencyCode(commune) + "-DTN" + number,
                "Điểm tiếp nhận và trả kết quả số " + number + ", " + where,
                AgencyKind.RECEIVING_POINT,
                commune,
                centre);
        agencies.createDesk(point, "Quầy tiếp nhận", where);
        return point;
    }

    /** Received {@code daysAgo} working days ago at 8:30; a finished one handed over, resolved and returned. */
    private void receive(
            int n, long receiving, long resolving, String procedure, String applicant, int daysAgo, boolean finished) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = today;
        for (int i = 0; i < daysAgo; i++) {
            day = calendar.previousWorkingDay(day, WorkingCalendar.DEFAULT_WEEKEND);
        }
        LocalDateTime at = day.atTime(8, 30).isAfter(LocalDateTime.now(clock))
                ? LocalDateTime.now(clock).minusMinutes(30)
                : day.atTime(8, 30);
        Long officer = agencies.officersUnscoped(receiving).stream()
                .filter(o -> o.deskId() != null)
                .map(o -> o.id())
                .findFirst()
                .orElse(null);
        String code = dossiers.receive(new NewDossier(
                        null,
                        resolving,
                        null,
                        procedure,
                        null,
                        applicant,
                        "09" + String.format("%08d", 12345670 + n),
                        null,
                        null,
                        null,
                        1,
                        officer,
                        at,
                        null,
                        null,
                        receiving,
                        null))
                .code();
        if (finished) {
            dossiers.apply(code, event(n + "-handed", EventType.HANDED_OVER, at.plusHours(1), resolving));
            dossiers.apply(code, event(n + "-resolved", EventType.RESOLVED, at.plusHours(5), null));
            dossiers.apply(code, event(n + "-returned", EventType.RETURNED, at.plusHours(6), null));
        }
    }

    private static NewEvent event(String id, EventType type, LocalDateTime at, Long agency) {
        return new NewEvent("demo-centre-" + id, type, at, agency, null, null, null, null);
    }
}
