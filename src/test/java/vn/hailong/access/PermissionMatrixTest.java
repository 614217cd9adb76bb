package vn.hailong.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.hailong.access.MatrixWorld.Place;
import vn.hailong.access.MatrixWorld.Target;
import vn.hailong.dossier.Dossiers;
import vn.hailong.organization.Agencies;
import vn.hailong.support.AppTest;

/**
 * Every role × a target in its own agency, in another agency of the same province and in another province ×
 * every write endpoint. A cell is ALLOWED (2xx/3xx), REFUSED (403 or 404, and the write changed nothing) or, for
 * the actions whose role rules are not the scope's business, IN_SCOPE_ANY (no 5xx inside the caller's scope,
 * REFUSED outside it). A write endpoint that the matrix does not list fails the test.
 */
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PermissionMatrixTest extends AppTest {

    enum Actor { ADMIN, PROVINCIAL, UNIT_LEADER, ONE_STOP, BALLOT_SECRETARY, VIEWER, API_KEY }

    enum Expect { ALLOWED, REFUSED, ANY }

    /** One write action aimed at a target; {@code state} reads what a refused write must leave unchanged. */
    record Action(String endpoint, String label, Function<Target, MockHttpServletRequestBuilder> request,
            BiPredicate<Actor, Target> allowed, Function<Target, Object> state) {
    }

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Agencies agencies;
    @Autowired Users users;
    @Autowired ApiKeys apiKeys;
    @Autowired Dossiers dossiers;
    @Autowired vn.hailong.rating.KioskDevices kiosks;
    @Autowired vn.hailong.feedback.Hotlines hotlines;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    MatrixWorld world;
    int serial;

    @BeforeAll
    void world() {
        world = new MatrixWorld(jdbc, agencies, users, apiKeys, dossiers, kiosks, hotlines);
    }

    // ---- who may do what -------------------------------------------------------------------------------------

    /** The caller's scope: the administrator everything, the province its two agencies, the others (and the key) their agency. */
    static boolean inScope(Actor a, Target t) {
        return a == Actor.ADMIN || (a == Actor.PROVINCIAL && t != Target.FOREIGN) || t == Target.OWN;
    }

    /** Users, API keys, hotlines, counter forms: administrators and provincial officials, within their scope. */
    static boolean provinceAdmin(Actor a, Target t) {
        return (a == Actor.ADMIN || a == Actor.PROVINCIAL) && inScope(a, t);
    }

    /** Kiosks and alert rules: province administrators, and a unit leader for their own agency. */
    static boolean unitAdmin(Actor a, Target t) {
        return provinceAdmin(a, t) || (a == Actor.UNIT_LEADER && t == Target.OWN);
    }

    /** National objects: the system administrator only, wherever. */
    static boolean national(Actor a, Target t) {
        return a == Actor.ADMIN;
    }

    /** Role rules are the module's business: inside the caller's scope anything but a 5xx, outside it refused. */
    static final BiPredicate<Actor, Target> SCOPE_ONLY = (a, t) -> inScope(a, t);

    /** A hand-over of an own dossier: to an agency of another province refused for everyone, else the module's rules. */
    static final BiPredicate<Actor, Target> OWN_PROVINCE_ONLY = (a, t) -> t != Target.FOREIGN;

    // ---- the write endpoints ---------------------------------------------------------------------------------

    List<Action> actions() {
        List<Action> list = new ArrayList<>();
        list.add(new Action("POST /quan-tri/nguoi-dung/moi", "create a viewer in the target agency",
                t -> userForm(post("/quan-tri/nguoi-dung/moi"), "m" + (++serial) + "." + t.name().toLowerCase(), "VIEWER", null, at(t).agencyId()),
                PermissionMatrixTest::provinceAdmin, t -> count("select count(*) from app_user where username like 'm%." + t.name().toLowerCase() + "'")));
        list.add(new Action("POST /quan-tri/nguoi-dung/moi", "create a provincial official of the target's province",
                t -> userForm(post("/quan-tri/nguoi-dung/moi"), "p" + (++serial) + "." + t.name().toLowerCase(), "PROVINCIAL_OFFICIAL", at(t).province(), null),
                (a, t) -> a == Actor.ADMIN || (a == Actor.PROVINCIAL && t != Target.FOREIGN),
                t -> count("select count(*) from app_user where username like 'p%." + t.name().toLowerCase() + "'")));
        list.add(new Action("POST /quan-tri/nguoi-dung/moi", "create a system administrator",
                t -> userForm(post("/quan-tri/nguoi-dung/moi"), "s" + (++serial) + ".admin", "SYSTEM_ADMIN", null, null),
                PermissionMatrixTest::national, t -> count("select count(*) from app_user where role = 'SYSTEM_ADMIN'")));
        list.add(new Action("POST /quan-tri/nguoi-dung/{id}", "rename the target agency's viewer",
                t -> userForm(post("/quan-tri/nguoi-dung/" + at(t).viewerId()), "matrix." + t.name().toLowerCase().replace('_', '-'), "VIEWER", null,
                        at(t).agencyId()).param("fullName", "Đổi tên " + (++serial)),
                PermissionMatrixTest::provinceAdmin, t -> row("select full_name from app_user where id = " + at(t).viewerId())));
        list.add(new Action("POST /quan-tri/nguoi-dung/{id}/mo-khoa", "unlock the target agency's viewer",
                t -> post("/quan-tri/nguoi-dung/" + at(t).viewerId() + "/mo-khoa"), PermissionMatrixTest::provinceAdmin, t -> "-"));
        list.add(new Action("POST /quan-tri/khoa-api", "an API key for the target agency",
                t -> post("/quan-tri/khoa-api").param("name", "k" + (++serial) + "-" + t).param("agencyId", String.valueOf(at(t).agencyId())),
                PermissionMatrixTest::provinceAdmin, t -> count("select count(*) from api_key where name like 'k%-" + t + "'")));
        list.add(new Action("POST /quan-tri/khoa-api", "an API key for the target's whole province",
                t -> post("/quan-tri/khoa-api").param("name", "kp" + (++serial) + "-" + t).param("provinceCode", at(t).province()),
                (a, t) -> a == Actor.ADMIN || (a == Actor.PROVINCIAL && t != Target.FOREIGN),
                t -> count("select count(*) from api_key where name like 'kp%-" + t + "'")));
        list.add(new Action("POST /quan-tri/khoa-api/{id}/thu-hoi", "revoke the target agency's key",
                t -> post("/quan-tri/khoa-api/" + at(t).apiKeyId() + "/thu-hoi"), PermissionMatrixTest::provinceAdmin,
                t -> row("select revoked_at from api_key where id = " + at(t).apiKeyId())));
        list.add(new Action("POST /quan-tri/thiet-bi", "register a kiosk at the target's desk",
                t -> post("/quan-tri/thiet-bi").param("deskId", String.valueOf(at(t).deskId())).param("name", "T" + (++serial) + "-" + t),
                PermissionMatrixTest::unitAdmin, t -> count("select count(*) from kiosk_device where name like 'T%-" + t + "'")));
        list.add(new Action("POST /quan-tri/thiet-bi/{id}/thu-hoi", "revoke the target's kiosk",
                t -> post("/quan-tri/thiet-bi/" + at(t).kioskId() + "/thu-hoi"), PermissionMatrixTest::unitAdmin,
                t -> row("select revoked_at from kiosk_device where id = " + at(t).kioskId())));
        list.add(new Action("POST /quan-tri/duong-day-nong", "a hotline of the target agency",
                t -> post("/quan-tri/duong-day-nong").param("agencyId", String.valueOf(at(t).agencyId())).param("fullName", "H" + (++serial) + "-" + t)
                        .param("position", "Chủ tịch").param("phone", "0912345678"),
                PermissionMatrixTest::provinceAdmin, t -> count("select count(*) from leader_hotline where full_name like 'H%-" + t + "'")));
        list.add(new Action("POST /quan-tri/duong-day-nong/{id}/xoa", "remove the target's hotline",
                t -> post("/quan-tri/duong-day-nong/" + freshHotline(t) + "/xoa"), PermissionMatrixTest::provinceAdmin,
                t -> count("select count(*) from leader_hotline where agency_id = " + at(t).agencyId())));
        list.add(new Action("POST /quan-tri/phieu-danh-gia", "choose the target's counter form",
                t -> post("/quan-tri/phieu-danh-gia").param("agencyId", String.valueOf(at(t).agencyId())).param("formCode", "QUICK"),
                PermissionMatrixTest::provinceAdmin, t -> row("select form_code from agency_rating_form where agency_id = " + at(t).agencyId())));
        list.add(new Action("POST /api/v1/insight/alert-rules", "an alert rule on the target agency",
                t -> json(post("/api/v1/insight/alert-rules"), """
                        {"unit": "%s", "kind": "OVERDUE_OVER", "threshold": %d, "windowDays": 30}""".formatted(at(t).agencyCode(), 100000 + ++serial)),
                PermissionMatrixTest::unitAdmin, t -> count("select count(*) from insight_alert_rule where agency_id = " + at(t).agencyId())));
        list.add(new Action("POST /api/v1/insight/alert-rules", "an alert rule on the target's whole province",
                t -> json(post("/api/v1/insight/alert-rules"), """
                        {"province": "%s", "kind": "OVERDUE_OVER", "threshold": %d, "windowDays": 30}""".formatted(at(t).province(), 100000 + ++serial)),
                (a, t) -> a == Actor.ADMIN || (a == Actor.PROVINCIAL && t != Target.FOREIGN),
                t -> count("select count(*) from insight_alert_rule where agency_id is null")));
        list.add(new Action("POST /api/v1/campaigns", "a SIPAS campaign over the target agency",
                t -> json(post("/api/v1/campaigns"), """
                        {"title": "C%d-%s", "questionnaireCode": "SIPAS-5x22", "questionnaireVersion": 1,
                         "periodFrom": "2026-11-01", "periodTo": "2026-12-31", "agencyIds": [%d], "quotas": {"%d": 1}, "seed": 3}"""
                        .formatted(++serial, t, at(t).agencyId(), at(t).agencyId())),
                SCOPE_ONLY, t -> count("select count(*) from survey_campaign where title like 'C%-" + t + "'")));
        list.add(new Action("POST /api/v1/dossiers", "receive a dossier at the target agency",
                t -> json(post("/api/v1/dossiers"), """
                        {"agencyId": %d, "procedureCode": "HT-001", "applicantName": "Ma trận %s"}""".formatted(at(t).agencyId(), t)),
                SCOPE_ONLY, t -> count("select count(*) from dossier where applicant_name = 'Ma trận " + t + "'")));
        list.add(new Action("POST /api/v1/dossiers/{code}/events", "an event on the target's dossier",
                t -> json(post("/api/v1/dossiers/" + at(t).dossierCode() + "/events"), """
                        {"eventId": "m%d", "type": "HANDED_OVER"}""".formatted(++serial)),
                SCOPE_ONLY, t -> count("select count(*) from dossier_event e join dossier d on d.id = e.dossier_id where d.code = '" + at(t).dossierCode() + "'")));
        list.add(new Action("POST /api/v1/dossiers/{code}/events", "hand an own dossier over to the target agency and its officer",
                t -> json(post("/api/v1/dossiers/" + at(Target.OWN).dossierCode() + "/events"), """
                        {"eventId": "h%d", "type": "HANDED_OVER", "agencyId": %d, "officerId": %d}""".formatted(++serial, at(t).agencyId(), at(t).officerId())),
                OWN_PROVINCE_ONLY,
                t -> count("select count(*) from dossier_event e join dossier d on d.id = e.dossier_id where d.code = '" + at(Target.OWN).dossierCode() + "'")));
        list.add(new Action("POST /lich/dieu-chinh", "a national calendar override",
                t -> post("/lich/dieu-chinh").param("day", "2031-0" + (1 + t.ordinal()) + "-" + (10 + (++serial % 18))).param("kind", "EXTRA_DAY_OFF").param("name", "Thử " + serial),
                PermissionMatrixTest::national, t -> count("select count(*) from calendar_override")));
        list.add(new Action("POST /thu-tuc/moi", "a national catalogue entry",
                t -> post("/thu-tuc/moi").param("code", "MX-" + (++serial)).param("name", "Thủ tục thử").param("fieldCode", fieldCode())
                        .param("duration", "3").param("durationUnit", "WORKING_DAYS").param("feeVnd", "0").param("lifeEvent", "NONE")
                        .param("agencyKinds", "COMMUNE_PC"),
                PermissionMatrixTest::national, t -> count("select count(*) from admin_procedure")));
        // last: it takes the viewer out of the province
        list.add(new Action("POST /quan-tri/nguoi-dung/{id}", "move the target agency's viewer into province 01 as its official",
                t -> userForm(post("/quan-tri/nguoi-dung/" + at(t).viewerId()), "matrix." + t.name().toLowerCase().replace('_', '-'),
                        "PROVINCIAL_OFFICIAL", "01", null),
                (a, t) -> a == Actor.ADMIN, t -> row("select role from app_user where id = " + at(t).viewerId())));
        return list;
    }

    /**
     * Write endpoints listed without target cells, each with the reason: a citizen's or a device's credential
     * (not a user's scope), a system job, or a write whose object is checked in its module's own scope tests.
     */
    static final Map<String, String> OUTSIDE_CELLS = Map.ofEntries(
            Map.entry("POST /api/v1/ratings", "citizen / kiosk token"),
            Map.entry("POST /r/{token}", "citizen token"),
            Map.entry("POST /danh-gia", "citizen code and phone"),
            Map.entry("POST /khao-sat/{token}", "citizen survey token"),
            Map.entry("POST /api/v1/survey/responses", "invitation token or interviewer"),
            Map.entry("POST /gop-y", "public feedback"),
            Map.entry("POST /gop-y/{code}/bo-sung", "citizen tracking code"),
            Map.entry("POST /gop-y/danh-gia/{token}", "citizen token"),
            Map.entry("POST /api/v1/feedback", "public feedback"),
            Map.entry("POST /bao-cao/tinh-lai", "system administrator job"),
            Map.entry("POST /api/v1/insight/rollups/rebuild", "system administrator job"),
            Map.entry("POST /api/v1/insight/alerts/evaluate", "system administrator job"),
            Map.entry("POST /don-vi/sap-nhap", "system administrator: unit mergers are national"),
            Map.entry("POST /lich/dieu-chinh/{id}/xoa", "national, system administrator (CalendarOverrides guard)"),
            Map.entry("POST /thu-tuc/{code}", "national, system administrator (ProcedureCatalog guard)"),
            Map.entry("POST /thu-tuc/nhap", "national, system administrator (ProcedureCatalog guard)"),
            Map.entry("POST /api/v1/questionnaires", "national, system administrator (Questionnaires guard)"),
            Map.entry("POST /api/v1/questionnaires/{code}/{version}/publish", "national, system administrator (Questionnaires guard)"),
            Map.entry("POST /khao-sat-sipas/bang-hoi/soan", "national, system administrator (Questionnaires guard)"),
            Map.entry("POST /khao-sat-sipas/bang-hoi/{code}/{version}/ban-hanh", "national, system administrator (Questionnaires guard)"),
            Map.entry("POST /ho-so/tiep-nhan", "page form of POST /api/v1/dossiers (same service)"),
            Map.entry("POST /ho-so/{code}/su-kien", "page form of POST /api/v1/dossiers/{code}/events (same service)"),
            Map.entry("POST /ho-so/nhap", "import: agencies outside the caller's scope are refused per row"),
            Map.entry("POST /api/v1/dossiers/import", "import: agencies outside the caller's scope are refused per row"),
            Map.entry("POST /phan-anh/nhap", "scoped by FeedbackFlowTest"),
            Map.entry("POST /api/v1/feedback/{id}/{action}", "feedback case scoped read (404)"),
            Map.entry("POST /phan-anh/{id}/{action}", "feedback case scoped read (404)"),
            Map.entry("POST /phan-anh/chu-de/tu-khoa", "topic keywords"),
            Map.entry("POST /phan-anh/chu-de/tu-khoa/{id}/xoa", "topic keywords"),
            Map.entry("POST /tep-xuat", "export of the caller's own scope"),
            Map.entry("POST /api/v1/exports", "export of the caller's own scope"),
            Map.entry("POST /bao-cao/don-vi/{code}/nghi-dinh-61/tu-cham", "Decree61ApiTest"),
            Map.entry("POST /bao-cao/don-vi/{code}/nghi-dinh-61/tham-dinh", "Decree61ApiTest"),
            Map.entry("PUT /api/v1/insight/decree61/self-score", "Decree61ApiTest"),
            Map.entry("POST /api/v1/me/password", "the caller's own password only: PasswordTest"),
            Map.entry("POST /tai-khoan/mat-khau", "the caller's own password only: PasswordTest"),
            Map.entry("PUT /api/v1/insight/decree61/appraised-score", "Decree61ApiTest"),
            Map.entry("POST /bao-cao/don-vi/{code}/can-bo/{officerId}/thang", "OfficerScorecardTest"),
            Map.entry("POST /api/v1/insight/officer-scorecard", "OfficerScorecardTest"),
            Map.entry("POST /danh-gia/nhap-phieu", "paper slips: dossier looked up in scope"),
            Map.entry("POST /khao-sat-sipas/{id}/phieu-giay", "campaign looked up in scope"),
            Map.entry("POST /khao-sat-sipas/{id}/phieu-giay/{formNo}", "campaign looked up in scope"),
            Map.entry("POST /api/v1/campaigns/{id}/paper-forms", "campaign looked up in scope"),
            Map.entry("POST /api/v1/campaigns/{id}/paper-forms/{formNo}/resolve", "campaign looked up in scope"),
            Map.entry("POST /khao-sat-sipas/{id}/nhac", "campaign looked up in scope"),
            Map.entry("POST /khao-sat-sipas/{id}/ket-thuc", "campaign looked up in scope"),
            Map.entry("POST /api/v1/campaigns/{id}/reminders", "campaign looked up in scope"),
            Map.entry("POST /api/v1/campaigns/{id}/close", "campaign looked up in scope"),
            Map.entry("POST /khao-sat-sipas/phong-van/phieu", "interviewer response, campaign in scope"),
            Map.entry("POST /thu/{id}", "letter looked up in scope"),
            Map.entry("POST /thu/{id}/duyet", "letter looked up in scope"),
            Map.entry("POST /thu/{id}/da-in", "letter looked up in scope"),
            Map.entry("POST /thu/duyet", "letters looked up in scope"),
            Map.entry("POST /hom-phieu/hom", "ballot box of an agency in scope"),
            Map.entry("POST /hom-phieu/hom/{id}/thu-hoi", "ballot box looked up in scope"),
            Map.entry("POST /hom-phieu/phien/{id}/kiem-phieu", "ballot session looked up in scope"),
            Map.entry("POST /hom-phieu/phien/{id}/sua-doi", "ballot session looked up in scope"),
            Map.entry("POST /hom-phieu/phien/{id}/doi-chieu", "ballot session looked up in scope"),
            Map.entry("POST /hom-phieu/phien/{id}/ket-thuc", "ballot session looked up in scope"),
            Map.entry("POST /hom-phieu/phien/{id}/doi-ngay", "ballot session looked up in scope"),
            Map.entry("POST /api/v1/ballot/sessions/{id}/tally", "ballot session looked up in scope"),
            Map.entry("POST /canh-bao/{id}/xac-nhan", "alert looked up in scope"),
            Map.entry("POST /canh-bao/{id}/dong", "alert looked up in scope"),
            Map.entry("POST /api/v1/insight/alerts/{id}/acknowledge", "alert looked up in scope"),
            Map.entry("POST /api/v1/insight/alerts/{id}/close", "alert looked up in scope"),
            Map.entry("POST /canh-bao/quy-tac", "page form of POST /api/v1/insight/alert-rules (same service)"),
            Map.entry("POST /canh-bao/quy-tac/{id}", "page form of PATCH /api/v1/insight/alert-rules/{id} (same service)"),
            Map.entry("PATCH /api/v1/insight/alert-rules/{id}", "rule looked up in scope (AlertsTest)"));

    // ---- the tests -------------------------------------------------------------------------------------------

    @Test
    void everyWriteEndpointIsInTheMatrix() {
        Set<String> listed = new TreeSet<>(OUTSIDE_CELLS.keySet());
        actions().forEach(a -> listed.add(a.endpoint()));
        Set<String> found = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getMethodsCondition().getMethods().stream()
                .filter(m -> m == RequestMethod.POST || m == RequestMethod.PUT || m == RequestMethod.PATCH || m == RequestMethod.DELETE)
                .forEach(m -> info.getPatternValues().forEach(p -> found.add(m + " " + p))));
        assertThat(found).as("write endpoints missing from the permission matrix").isSubsetOf(listed);
        assertThat(listed).as("matrix entries without an endpoint").isSubsetOf(found);
    }

    @Test
    void everyRoleTimesEveryTargetTimesEveryAdministrativeWrite() throws Exception {
        List<String> failures = new ArrayList<>();
        int cells = 0;
        for (Action action : actions()) {
            for (Target target : Target.values()) {
                for (Actor actor : Actor.values()) {
                    if (action.endpoint().startsWith("POST /quan-tri") || action.endpoint().startsWith("POST /lich")
                            || action.endpoint().startsWith("POST /thu-tuc")) {
                        if (actor == Actor.API_KEY) {
                            continue; // keys do not sign in to pages (checked below: the page chain refuses them)
                        }
                    }
                    cells++;
                    boolean loose = action.allowed() == SCOPE_ONLY || action.allowed() == OWN_PROVINCE_ONLY;
                    Expect expect = !action.allowed().test(actor, target) ? Expect.REFUSED : loose ? Expect.ANY : Expect.ALLOWED;
                    MockHttpServletRequestBuilder request = action.request().apply(target);
                    Object before = action.state().apply(target);
                    int status = mvc.perform(as(actor, request)).andReturn().getResponse().getStatus();
                    Object after = action.state().apply(target);
                    String cell = action.label() + " [" + action.endpoint() + "] as " + actor + " on " + target + ": " + status;
                    if (status >= 500) {
                        failures.add(cell + " (server error)");
                    } else if (expect == Expect.ALLOWED && status >= 400) {
                        failures.add(cell + " (expected allowed)");
                    } else if (expect == Expect.REFUSED && (status != 403 && status != 404)) {
                        failures.add(cell + " (expected 403/404)");
                    } else if (expect == Expect.REFUSED && !Objects.equals(before, after)) {
                        failures.add(cell + " (refused but changed " + before + " → " + after + ")");
                    }
                }
            }
        }
        System.out.println("PermissionMatrixTest: " + cells + " cells, " + failures.size() + " failed");
        failures.forEach(f -> System.out.println("  MATRIX FAIL " + f));
        assertThat(failures).as(failures.size() + " of " + cells + " cells").isEmpty();
    }

    @Test
    void aKeyCannotUseThePages() throws Exception {
        int status = mvc.perform(post("/quan-tri/khoa-api").with(csrf()).header("X-API-Key", world.ownKeySecret).param("name", "x"))
                .andReturn().getResponse().getStatus();
        assertThat(status).isIn(302, 401, 403);
    }

    @Test
    void aChosenDossierCodeRevealsNothingAboutOtherAgencies() throws Exception {
        String free = at(Target.SAME_PROVINCE).agencyCode() + "-999999-9999";
        int foreignTaken = mvc.perform(as(Actor.ONE_STOP, json(post("/api/v1/dossiers"), body(at(Target.SAME_PROVINCE).dossierCode()))))
                .andReturn().getResponse().getStatus();
        int foreignFree = mvc.perform(as(Actor.ONE_STOP, json(post("/api/v1/dossiers"), body(free)))).andReturn().getResponse().getStatus();
        assertThat(foreignTaken).as("a code taken in another agency answers as a free one there").isEqualTo(foreignFree).isEqualTo(400);
        int ownTaken = mvc.perform(as(Actor.ONE_STOP, json(post("/api/v1/dossiers"), body(at(Target.OWN).dossierCode()))))
                .andReturn().getResponse().getStatus();
        assertThat(ownTaken).isEqualTo(409);
        var created = mvc.perform(as(Actor.ONE_STOP, json(post("/api/v1/dossiers"), body(at(Target.OWN).agencyCode() + "-TU-CHON-1"))))
                .andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(201);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static String body(String code) {
        return """
                {"code": "%s", "agencyId": %s, "procedureCode": "HT-001", "applicantName": "Mã tự chọn"}""".formatted(code, "%d");
    }

    private MockHttpServletRequestBuilder as(Actor actor, MockHttpServletRequestBuilder request) {
        if (actor == Actor.API_KEY) {
            return request.header("X-API-Key", world.ownKeySecret);
        }
        String username = switch (actor) {
            case ADMIN -> "admin";
            case PROVINCIAL -> "quangninh";
            case UNIT_LEADER -> "honggai.lanhdao";
            case ONE_STOP -> "honggai.motcua";
            case BALLOT_SECRETARY -> "honggai.thuky";
            case VIEWER -> "honggai.xem";
            case API_KEY -> throw new IllegalStateException();
        };
        UserAccount account = jdbc.sql("select id, username, full_name, role, province_code, agency_id from app_user where username = :u")
                .param("u", username).query((rs, i) -> new UserAccount(rs.getLong(1), rs.getString(2), "", rs.getString(3),
                        Role.valueOf(rs.getString(4)), rs.getString(5), rs.getObject(6, Long.class), true, null)).single();
        return request.with(authentication(new UsernamePasswordAuthenticationToken(account, null, account.getAuthorities()))).with(csrf());
    }

    private Place at(Target t) {
        return world.at(t);
    }

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        String filled = body.contains("%d") ? body.formatted(at(Target.OWN).agencyId()) : body;
        return request.contentType(MediaType.APPLICATION_JSON).content(filled);
    }

    private static MockHttpServletRequestBuilder userForm(MockHttpServletRequestBuilder request, String username, String role,
            String province, Long agencyId) {
        request.param("username", username).param("fullName", "Người thử").param("role", role).param("password", "mat-khau-dai-du")
                .param("enabled", "true");
        if (province != null) {
            request.param("provinceCode", province);
        }
        if (agencyId != null) {
            request.param("agencyId", String.valueOf(agencyId));
        }
        return request;
    }

    /** A hotline of the target agency to remove (each cell its own, so that one removal does not hide the next). */
    private long freshHotline(Target t) {
        return SystemActor.call("matrix", () -> hotlines.add(at(t).agencyId(), "Xóa " + (++serial), "Chủ tịch", "0912345678"));
    }

    private String fieldCode() {
        return jdbc.sql("select min(code) from service_field").query(String.class).single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private String row(String sql) {
        return jdbc.sql(sql).query((rs, i) -> String.valueOf(rs.getObject(1))).optional().orElse("none");
    }

    @SuppressWarnings("unused")
    private static MockHttpServletRequestBuilder patchJson(String path) {
        return patch(path);
    }
}
