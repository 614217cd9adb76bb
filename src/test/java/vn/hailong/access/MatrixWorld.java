package vn.hailong.access;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hailong.dossier.Dossiers;
import vn.hailong.dossier.NewDossier;
import vn.hailong.organization.Agencies;
import vn.hailong.organization.AgencyKind;

/**
 * The permission matrix's world: the demo's Phường Hồng Gai (own), Phường Hạ Long (another agency of the same
 * province) and, created here, an agency of a second province (01 Hà Nội) with a desk, an officer, users of
 * every role and a dossier. Each target agency also gets a viewer, a hotline, a kiosk, an API key and a dossier
 * to aim writes at.
 */
final class MatrixWorld {

    enum Target {
        OWN,
        SAME_PROVINCE,
        FOREIGN
    }

    record Place(
            long agencyId,
            String agencyCode,
            String province,
            long deskId,
            long officerId,
            long viewerId,
            long hotlineId,
            long kioskId,
            long apiKeyId,
            String dossierCode,
            StaffObjects objects) {}

    /** The target agency's objects that staff act on: a draft letter, a ballot box and its session, an open alert, a case, a campaign. */
    record StaffObjects(long letterId, long boxId, long sessionId, long alertId, long caseId, long campaignId) {}

    /**
     * Dossiers across agencies (Decree 118/2025/NĐ-CP Art. 14(2)): one the target agency received for another agency
     * of its province to resolve, one it resolves that another one-stop body of its province received.
     */
    record Cross(String receivedHere, String resolvedHere) {}

    final Map<Target, Place> places = new EnumMap<>(Target.class);
    final Map<Target, Cross> cross = new EnumMap<>(Target.class);
    final String ownKeySecret;

    private final vn.hailong.feedback.FeedbackIntake intake;
    private final vn.hailong.survey.Campaigns campaigns;

    MatrixWorld(
            JdbcClient jdbc,
            Agencies agencies,
            Users users,
            ApiKeys keys,
            Dossiers dossiers,
            vn.hailong.rating.KioskDevices kiosks,
            vn.hailong.feedback.Hotlines hotlines,
            vn.hailong.feedback.FeedbackIntake intake,
            vn.hailong.survey.Campaigns campaigns) {
        this.intake = intake;
        this.campaigns = campaigns;
        String[] secret = new String[1];
        SystemActor.run("matrix", () -> {
            long hanoi = agencies.create("01-MATRIX", "Ủy ban nhân dân thử nghiệm Hà Nội", AgencyKind.COMMUNE_PC, "01");
            long desk = agencies.createDesk(hanoi, "Quầy 1", null);
            agencies.createOfficer(hanoi, desk, "Nguyễn Văn Hà", "Công chức", null, null);
            for (Role role : new Role[] {
                Role.PROVINCIAL_OFFICIAL, Role.UNIT_LEADER, Role.ONE_STOP_OFFICER, Role.BALLOT_SECRETARY, Role.VIEWER
            }) {
                users.create(new UserForm(
                        "hanoi." + role.name().toLowerCase(),
                        "Cán bộ Hà Nội",
                        null,
                        role,
                        role == Role.PROVINCIAL_OFFICIAL ? "01" : null,
                        role == Role.PROVINCIAL_OFFICIAL ? null : hanoi,
                        "hailong-demo",
                        true));
            }
            place(
                    Target.OWN,
                    jdbc,
                    agencies,
                    users,
                    keys,
                    dossiers,
                    kiosks,
                    hotlines,
                    agencies.byCode("22-06685").orElseThrow().id());
            place(
                    Target.SAME_PROVINCE,
                    jdbc,
                    agencies,
                    users,
                    keys,
                    dossiers,
                    kiosks,
                    hotlines,
                    agencies.byCode("22-06688").orElseThrow().id());
            place(Target.FOREIGN, jdbc, agencies, users, keys, dossiers, kiosks, hotlines, hanoi);
            long hanoiCentre = agencies.create(
                    "01-MATRIX-TT",
                    "Trung tâm Phục vụ hành chính công thử nghiệm Hà Nội",
                    AgencyKind.SERVICE_CENTER,
                    "01");
            long department = agencies.byCode("22-STP").orElseThrow().id();
            long centre = agencies.byCode("22-TTPVHCC").orElseThrow().id();
            cross(dossiers, Target.OWN, department, centre);
            cross(dossiers, Target.SAME_PROVINCE, department, centre);
            cross(dossiers, Target.FOREIGN, hanoiCentre, hanoiCentre);
            users.create(new UserForm(
                    "honggai.xem",
                    "Người xem Hồng Gai",
                    null,
                    Role.VIEWER,
                    null,
                    places.get(Target.OWN).agencyId(),
                    "hailong-demo",
                    true));
            secret[0] =
                    keys.create("matrix-own-key", null, places.get(Target.OWN).agencyId());
        });
        this.ownKeySecret = secret[0];
    }

    private void place(
            Target t,
            JdbcClient jdbc,
            Agencies agencies,
            Users users,
            ApiKeys keys,
            Dossiers dossiers,
            vn.hailong.rating.KioskDevices kiosks,
            vn.hailong.feedback.Hotlines hotlines,
            long agencyId) {
        var agency = agencies.byIdUnscoped(agencyId).orElseThrow();
        long desk = agencies.desks(agencyId).get(0).id();
        long officer = agencies.officers(agencyId).get(0).id();
        String tag = t.name().toLowerCase().replace('_', '-');
        long viewer = users.create(new UserForm(
                "matrix." + tag, "Người xem " + tag, null, Role.VIEWER, null, agencyId, "hailong-demo", true));
        long hotline = hotlines.add(agencyId, "Lãnh đạo " + tag, "Chủ tịch", "0912345678");
        long kiosk = kiosks.register(desk, "Máy " + tag, null).id();
        keys.create("matrix-key-" + tag, null, agencyId);
        long key = jdbc.sql("select id from api_key where name = :n")
                .param("n", "matrix-key-" + tag)
                .query(Long.class)
                .single();
        String dossier = dossiers.receive(new NewDossier(
                        null,
                        agencyId,
                        null,
                        "HT-001",
                        null,
                        "Công dân " + tag,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))
                .code();
        places.put(
                t,
                new Place(
                        agencyId,
                        agency.code(),
                        agency.provinceCode(),
                        desk,
                        officer,
                        viewer,
                        hotline,
                        kiosk,
                        key,
                        dossier,
                        objects(t, jdbc, agencyId, tag)));
    }

    private void cross(Dossiers dossiers, Target t, long resolvesElsewhere, long receivesElsewhere) {
        long here = places.get(t).agencyId();
        cross.put(
                t,
                new Cross(
                        receive(dossiers, resolvesElsewhere, here, "Nhận hộ " + t),
                        receive(dossiers, here, receivesElsewhere, "Nhận nơi khác " + t)));
    }

    private static String receive(Dossiers dossiers, long resolving, long receiving, String applicant) {
        return dossiers.receive(new NewDossier(
                        null, resolving, null, "HT-001", null, applicant, null, null, null, null, null, null, null,
                        null, null, receiving, null))
                .code();
    }

    private StaffObjects objects(Target t, JdbcClient jdbc, long agencyId, String tag) {
        java.sql.Timestamp at = java.sql.Timestamp.valueOf("2026-11-20 09:00:00");
        jdbc.sql("""
                insert into letter (kind, agency_id, status, recipient_name, person_name, title, body, created_at)
                values ('CONGRATULATION', :a, 'DRAFT', 'Công dân thử', 'Công dân thử', :title, 'Kính gửi {person}.', :at)""")
                .param("a", agencyId)
                .param("title", "Thư thử " + tag)
                .param("at", at)
                .update();
        long letter = id(jdbc, "select max(id) from letter where agency_id = " + agencyId);
        jdbc.sql("insert into ballot_box (agency_id, location, seal_number, created_at) values (:a, :l, 'NIEM-1', :at)")
                .param("a", agencyId)
                .param("l", "Hòm thử " + tag)
                .param("at", at)
                .update();
        long box = id(jdbc, "select max(id) from ballot_box where agency_id = " + agencyId);
        jdbc.sql(
                        "insert into ballot_session (box_id, agency_id, period, scheduled_on, status) values (:b, :a, '2026-10', :d, 'DUE')")
                .param("b", box)
                .param("a", agencyId)
                .param("d", java.sql.Date.valueOf("2026-10-30"))
                .update();
        long session = id(jdbc, "select max(id) from ballot_session where box_id = " + box);
        jdbc.sql("""
                insert into insight_alert_rule (agency_id, kind, threshold, window_days, created_by, created_at)
                values (:a, 'OVERDUE_OVER', 99999, 30, 'matrix', :at)""").param("a", agencyId).param("at", at).update();
        long rule = id(jdbc, "select max(id) from insight_alert_rule where agency_id = " + agencyId);
        jdbc.sql(
                        "insert into insight_alert (rule_id, agency_id, raised_at, observed, status) values (:r, :a, :at, 1, 'OPEN')")
                .param("r", rule)
                .param("a", agencyId)
                .param("at", at)
                .update();
        long alert = id(jdbc, "select max(id) from insight_alert where rule_id = " + rule);
        long feedbackCase = intake.enter(
                        new vn.hailong.feedback.NewFeedback(
                                vn.hailong.feedback.FeedbackCategory.COMPLAINT,
                                agencyId,
                                null,
                                "Phản ánh thử của " + tag,
                                null,
                                null,
                                null),
                        vn.hailong.feedback.FeedbackChannel.HOTLINE)
                .id();
        long campaign = campaigns.create(new vn.hailong.survey.NewCampaign(
                "Khảo sát thử " + tag,
                "SIPAS-5x22",
                1,
                java.time.LocalDate.parse("2026-11-01"),
                java.time.LocalDate.parse("2026-12-31"),
                java.util.List.of(agencyId),
                java.util.Map.of(agencyId, 1),
                null,
                null,
                null,
                3L));
        return new StaffObjects(letter, box, session, alert, feedbackCase, campaign);
    }

    private static long id(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    Place at(Target t) {
        return places.get(t);
    }
}
