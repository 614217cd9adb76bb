package vn.hailong.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

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
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
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

    enum Actor {
        ADMIN,
        PROVINCIAL,
        UNIT_LEADER,
        ONE_STOP,
        BALLOT_SECRETARY,
        VIEWER,
        API_KEY
    }

    enum Expect {
        ALLOWED,
        REFUSED,
        ANY
    }

    /** One write action aimed at a target; {@code state} reads what a refused write must leave unchanged. */
    record Action(
            String endpoint,
            String label,
            Function<Target, AbstractMockHttpServletRequestBuilder<?>> request,
            BiPredicate<Actor, Target> allowed,
            Function<Target, Object> state,
            Kind kind) {

        Action(
                String endpoint,
                String label,
                Function<Target, AbstractMockHttpServletRequestBuilder<?>> request,
                BiPredicate<Actor, Target> allowed,
                Function<Target, Object> state) {
            this(endpoint, label, request, allowed, state, Kind.SINGLE);
        }
    }

    /**
     * SINGLE: one object, refused = 403/404. ROWS: a page or a file of several rows, which reports a refused row on
     * the page (200) and goes on: refused = nothing changed, with any answer but a 5xx. ONCE: a national object or a
     * system job, where the target does not matter: sent once per actor.
     */
    enum Kind {
        SINGLE,
        ROWS,
        ONCE
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Agencies agencies;

    @Autowired
    Users users;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    Dossiers dossiers;

    @Autowired
    vn.hailong.rating.KioskDevices kiosks;

    @Autowired
    vn.hailong.feedback.Hotlines hotlines;

    @Autowired
    vn.hailong.feedback.FeedbackIntake intake;

    @Autowired
    vn.hailong.survey.Campaigns campaigns;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    MatrixWorld world;
    int serial;

    @BeforeAll
    void world() {
        world = new MatrixWorld(jdbc, agencies, users, apiKeys, dossiers, kiosks, hotlines, intake, campaigns);
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

    /**
     * A rule whose allowed cells may still meet the module's own conditions (a state, a form, a quota): there anything
     * but a 5xx passes; its refused cells are as strict as any (403/404 and nothing changed).
     */
    record Loose(BiPredicate<Actor, Target> rule) implements BiPredicate<Actor, Target> {
        @Override
        public boolean test(Actor a, Target t) {
            return rule.test(a, t);
        }
    }

    /** Role rules are the module's business: inside the caller's scope anything but a 5xx, outside it refused. */
    static final BiPredicate<Actor, Target> SCOPE_ONLY = new Loose((a, t) -> inScope(a, t));

    /** The system administrator anywhere; the listed roles within their scope (a key is the actor API_KEY). */
    static BiPredicate<Actor, Target> staff(Actor... roles) {
        Set<Actor> listed = Set.of(roles);
        return new Loose((a, t) -> a == Actor.ADMIN || (listed.contains(a) && inScope(a, t)));
    }

    /** Who receives and moves dossiers: one-stop officers, unit leaders, an integration's key (and the administrator). */
    static final BiPredicate<Actor, Target> DOSSIER_HANDLERS = staff(Actor.UNIT_LEADER, Actor.ONE_STOP, Actor.API_KEY);

    /** A hand-over of an own dossier by its handlers: to an agency of another province refused for everyone. */
    static final BiPredicate<Actor, Target> OWN_PROVINCE_ONLY = new Loose((a, t) -> t != Target.FOREIGN
            && (a == Actor.ADMIN || a == Actor.UNIT_LEADER || a == Actor.ONE_STOP || a == Actor.API_KEY));

    /** A national object or a system job: the system administrator only (the target does not matter). */
    static final BiPredicate<Actor, Target> NATIONAL_JOB = new Loose(PermissionMatrixTest::national);

    /** The ballot module's roles: entering a tally, checking it, closing a session. */
    static final BiPredicate<Actor, Target> BALLOT_ENTER = staff(Actor.BALLOT_SECRETARY, Actor.UNIT_LEADER);

    static final BiPredicate<Actor, Target> BALLOT_CHECK =
            staff(Actor.BALLOT_SECRETARY, Actor.UNIT_LEADER, Actor.ONE_STOP);
    static final BiPredicate<Actor, Target> BALLOT_CLOSE = staff(Actor.UNIT_LEADER);

    /** Alerts are acted on by those who answer for the unit: its leader, the province, the administrator. */
    static final BiPredicate<Actor, Target> ALERT_ACTORS = staff(Actor.UNIT_LEADER, Actor.PROVINCIAL);

    /** Feedback cases are handled by staff (not viewers, not ballot secretaries, not keys). */
    static final BiPredicate<Actor, Target> CASE_HANDLERS = staff(Actor.UNIT_LEADER, Actor.ONE_STOP, Actor.PROVINCIAL);

    /** An export is a read of the caller's own scope: every role, within it. */
    static final BiPredicate<Actor, Target> READERS = staff(
            Actor.PROVINCIAL, Actor.UNIT_LEADER, Actor.ONE_STOP, Actor.BALLOT_SECRETARY, Actor.VIEWER, Actor.API_KEY);

    /** SIPAS: the province runs campaigns; units key in paper forms and interviews. */
    static final BiPredicate<Actor, Target> CAMPAIGN_RUNNERS = staff(Actor.PROVINCIAL);

    static final BiPredicate<Actor, Target> SURVEY_KEYERS = staff(Actor.PROVINCIAL, Actor.UNIT_LEADER, Actor.ONE_STOP);

    // ---- the write endpoints ---------------------------------------------------------------------------------

    List<Action> actions() {
        List<Action> list = new ArrayList<>();
        list.add(new Action(
                "POST /quan-tri/nguoi-dung/moi",
                "create a viewer in the target agency",
                t -> userForm(
                        post("/quan-tri/nguoi-dung/moi"),
                        "m" + (++serial) + "." + t.name().toLowerCase(),
                        "VIEWER",
                        null,
                        at(t).agencyId()),
                PermissionMatrixTest::provinceAdmin,
                t -> count("select count(*) from app_user where username like 'm%."
                        + t.name().toLowerCase() + "'")));
        list.add(new Action(
                "POST /quan-tri/nguoi-dung/moi",
                "create a provincial official of the target's province",
                t -> userForm(
                        post("/quan-tri/nguoi-dung/moi"),
                        "p" + (++serial) + "." + t.name().toLowerCase(),
                        "PROVINCIAL_OFFICIAL",
                        at(t).province(),
                        null),
                (a, t) -> a == Actor.ADMIN || (a == Actor.PROVINCIAL && t != Target.FOREIGN),
                t -> count("select count(*) from app_user where username like 'p%."
                        + t.name().toLowerCase() + "'")));
        list.add(new Action(
                "POST /quan-tri/nguoi-dung/moi",
                "create a system administrator",
                t -> userForm(
                        post("/quan-tri/nguoi-dung/moi"), "s" + (++serial) + ".admin", "SYSTEM_ADMIN", null, null),
                PermissionMatrixTest::national,
                t -> count("select count(*) from app_user where role = 'SYSTEM_ADMIN'")));
        list.add(new Action(
                "POST /quan-tri/nguoi-dung/{id}",
                "rename the target agency's viewer",
                t -> userForm(
                                post("/quan-tri/nguoi-dung/" + at(t).viewerId()),
                                "matrix." + t.name().toLowerCase().replace('_', '-'),
                                "VIEWER",
                                null,
                                at(t).agencyId())
                        .param("fullName", "Đổi tên " + (++serial)),
                PermissionMatrixTest::provinceAdmin,
                t -> row("select full_name from app_user where id = " + at(t).viewerId())));
        list.add(new Action(
                "POST /quan-tri/nguoi-dung/{id}/mo-khoa",
                "unlock the target agency's viewer",
                t -> post("/quan-tri/nguoi-dung/" + at(t).viewerId() + "/mo-khoa"),
                PermissionMatrixTest::provinceAdmin,
                t -> "-"));
        list.add(new Action(
                "POST /quan-tri/khoa-api",
                "an API key for the target agency",
                t -> post("/quan-tri/khoa-api")
                        .param("name", "k" + (++serial) + "-" + t)
                        .param("agencyId", String.valueOf(at(t).agencyId())),
                PermissionMatrixTest::provinceAdmin,
                t -> count("select count(*) from api_key where name like 'k%-" + t + "'")));
        list.add(new Action(
                "POST /quan-tri/khoa-api",
                "an API key for the target's whole province",
                t -> post("/quan-tri/khoa-api")
                        .param("name", "kp" + (++serial) + "-" + t)
                        .param("provinceCode", at(t).province()),
                (a, t) -> a == Actor.ADMIN || (a == Actor.PROVINCIAL && t != Target.FOREIGN),
                t -> count("select count(*) from api_key where name like 'kp%-" + t + "'")));
        list.add(new Action(
                "POST /quan-tri/khoa-api/{id}/thu-hoi",
                "revoke the target agency's key",
                t -> post("/quan-tri/khoa-api/" + at(t).apiKeyId() + "/thu-hoi"),
                PermissionMatrixTest::provinceAdmin,
                t -> row("select revoked_at from api_key where id = " + at(t).apiKeyId())));
        list.add(new Action(
                "POST /quan-tri/thiet-bi",
                "register a kiosk at the target's desk",
                t -> post("/quan-tri/thiet-bi")
                        .param("deskId", String.valueOf(at(t).deskId()))
                        .param("name", "T" + (++serial) + "-" + t),
                PermissionMatrixTest::unitAdmin,
                t -> count("select count(*) from kiosk_device where name like 'T%-" + t + "'")));
        list.add(new Action(
                "POST /quan-tri/thiet-bi/{id}/thu-hoi",
                "revoke the target's kiosk",
                t -> post("/quan-tri/thiet-bi/" + at(t).kioskId() + "/thu-hoi"),
                PermissionMatrixTest::unitAdmin,
                t -> row("select revoked_at from kiosk_device where id = " + at(t).kioskId())));
        list.add(new Action(
                "POST /quan-tri/duong-day-nong",
                "a hotline of the target agency",
                t -> post("/quan-tri/duong-day-nong")
                        .param("agencyId", String.valueOf(at(t).agencyId()))
                        .param("fullName", "H" + (++serial) + "-" + t)
                        .param("position", "Chủ tịch")
                        .param("phone", "0912345678"),
                PermissionMatrixTest::provinceAdmin,
                t -> count("select count(*) from leader_hotline where full_name like 'H%-" + t + "'")));
        list.add(new Action(
                "POST /quan-tri/duong-day-nong/{id}/xoa",
                "remove the target's hotline",
                t -> post("/quan-tri/duong-day-nong/" + freshHotline(t) + "/xoa"),
                PermissionMatrixTest::provinceAdmin,
                t -> count("select count(*) from leader_hotline where agency_id = " + at(t).agencyId())));
        list.add(new Action(
                "POST /quan-tri/phieu-danh-gia",
                "choose the target's counter form",
                t -> post("/quan-tri/phieu-danh-gia")
                        .param("agencyId", String.valueOf(at(t).agencyId()))
                        .param("formCode", "QUICK"),
                PermissionMatrixTest::provinceAdmin,
                t -> row("select form_code from agency_rating_form where agency_id = " + at(t).agencyId())));
        list.add(new Action(
                "POST /api/v1/insight/alert-rules",
                "an alert rule on the target agency",
                t -> json(post("/api/v1/insight/alert-rules"), """
                        {"unit": "%s", "kind": "OVERDUE_OVER", "threshold": %d, "windowDays": 30}""".formatted(at(t).agencyCode(), 100000 + ++serial)),
                PermissionMatrixTest::unitAdmin,
                t -> count("select count(*) from insight_alert_rule where agency_id = " + at(t).agencyId())));
        list.add(new Action(
                "POST /api/v1/insight/alert-rules",
                "an alert rule on the target's whole province",
                t -> json(post("/api/v1/insight/alert-rules"), """
                        {"province": "%s", "kind": "OVERDUE_OVER", "threshold": %d, "windowDays": 30}""".formatted(at(t).province(), 100000 + ++serial)),
                (a, t) -> a == Actor.ADMIN || (a == Actor.PROVINCIAL && t != Target.FOREIGN),
                t -> count("select count(*) from insight_alert_rule where agency_id is null")));
        list.add(new Action(
                "POST /api/v1/campaigns",
                "a SIPAS campaign over the target agency",
                t -> json(post("/api/v1/campaigns"), """
                        {"title": "C%d-%s", "questionnaireCode": "SIPAS-5x22", "questionnaireVersion": 1,
                         "periodFrom": "2026-11-01", "periodTo": "2026-12-31", "agencyIds": [%d], "quotas": {"%d": 1}, "seed": 3}""".formatted(++serial, t, at(t).agencyId(), at(t).agencyId())),
                CAMPAIGN_RUNNERS,
                t -> count("select count(*) from survey_campaign where title like 'C%-" + t + "'")));
        list.add(new Action(
                "POST /api/v1/dossiers",
                "receive a dossier at the target agency",
                t -> json(post("/api/v1/dossiers"), """
                        {"agencyId": %d, "procedureCode": "HT-001", "applicantName": "Ma trận %s"}""".formatted(at(t).agencyId(), t)),
                DOSSIER_HANDLERS,
                t -> count("select count(*) from dossier where applicant_name = 'Ma trận " + t + "'")));
        list.add(new Action(
                "POST /api/v1/dossiers/{code}/events",
                "an event on the target's dossier",
                t -> json(post("/api/v1/dossiers/" + at(t).dossierCode() + "/events"), """
                        {"eventId": "m%d", "type": "HANDED_OVER"}""".formatted(++serial)),
                DOSSIER_HANDLERS,
                t -> events(t)));
        list.add(crossEvent(
                "an event on a dossier the target received for another agency (Art. 14)",
                t -> world.cross.get(t).receivedHere()));
        list.add(crossEvent(
                "an event on a dossier the target resolves, received at another centre",
                t -> world.cross.get(t).resolvedHere()));
        list.add(new Action(
                "POST /api/v1/dossiers",
                "receive at the target agency a dossier another agency resolves",
                t -> json(post("/api/v1/dossiers"), """
                        {"agencyId": %d, "receivingAgencyId": %d, "procedureCode": "HT-001", "applicantName": "Nhận thay %s"}""".formatted(elsewhere(t), at(t).agencyId(), t)),
                DOSSIER_HANDLERS,
                t -> count("select count(*) from dossier where applicant_name = 'Nhận thay " + t + "'")));
        list.add(new Action(
                "POST /api/v1/dossiers/{code}/events",
                "hand an own dossier over to the target agency and its officer",
                t -> json(post("/api/v1/dossiers/" + at(Target.OWN).dossierCode() + "/events"), """
                        {"eventId": "h%d", "type": "HANDED_OVER", "agencyId": %d, "officerId": %d}""".formatted(
                                ++serial, at(t).agencyId(), at(t).officerId())),
                OWN_PROVINCE_ONLY,
                t -> count("select count(*) from dossier_event e join dossier d on d.id = e.dossier_id where d.code = '"
                        + at(Target.OWN).dossierCode() + "'")));
        list.add(new Action(
                "POST /co-quan/{id}/ma-dinh-danh",
                "an agency's electronic identifier (national register)",
                t -> post("/co-quan/" + at(t).agencyId() + "/ma-dinh-danh")
                        .param("electronicId", "H99." + (10 + (++serial) / 900) + "." + (100 + serial % 900)),
                PermissionMatrixTest::national,
                t -> row("select electronic_id from agency where id = " + at(t).agencyId())));
        list.add(new Action(
                "POST /lich/dieu-chinh",
                "a national calendar override",
                t -> post("/lich/dieu-chinh")
                        .param("day", "2031-0" + (1 + t.ordinal()) + "-" + (10 + (++serial % 18)))
                        .param("kind", "EXTRA_DAY_OFF")
                        .param("name", "Thử " + serial),
                PermissionMatrixTest::national,
                t -> count("select count(*) from calendar_override")));
        list.add(new Action(
                "POST /thu-tuc/moi",
                "a national catalogue entry",
                t -> post("/thu-tuc/moi")
                        .param("code", "MX-" + (++serial))
                        .param("name", "Thủ tục thử")
                        .param("fieldCode", fieldCode())
                        .param("duration", "3")
                        .param("durationUnit", "WORKING_DAYS")
                        .param("feeVnd", "0")
                        .param("lifeEvent", "NONE")
                        .param("agencyKinds", "COMMUNE_PC"),
                PermissionMatrixTest::national,
                t -> count("select count(*) from admin_procedure")));
        staffActions(list);
        nationalActions(list);
        // last: it takes the viewer out of the province
        list.add(new Action(
                "POST /quan-tri/nguoi-dung/{id}",
                "move the target agency's viewer into province 01 as its official",
                t -> userForm(
                        post("/quan-tri/nguoi-dung/" + at(t).viewerId()),
                        "matrix." + t.name().toLowerCase().replace('_', '-'),
                        "PROVINCIAL_OFFICIAL",
                        "01",
                        null),
                (a, t) -> a == Actor.ADMIN,
                t -> row("select role from app_user where id = " + at(t).viewerId())));
        return list;
    }

    /** The writes of the daily work: dossiers, letters, ballots, alerts, feedback cases, reports, surveys, ratings. */
    private void staffActions(List<Action> list) {
        // dossiers: the reception page, the dossier page's events, the imports
        list.add(new Action(
                "POST /ho-so/tiep-nhan",
                "receive a dossier at the target agency on the reception page",
                t -> post("/ho-so/tiep-nhan")
                        .param("agencyId", String.valueOf(at(t).agencyId()))
                        .param("procedureCode", "HT-001")
                        .param("applicantName", "Quầy ma trận " + t)
                        .param("sets", "1"),
                DOSSIER_HANDLERS,
                t -> count("select count(*) from dossier where applicant_name = 'Quầy ma trận " + t + "'")));
        list.add(new Action(
                "POST /ho-so/{code}/su-kien",
                "an event on the target's dossier from its page",
                t -> post("/ho-so/" + at(t).dossierCode() + "/su-kien")
                        .param("eventId", "p" + (++serial))
                        .param("type", "HANDED_OVER"),
                DOSSIER_HANDLERS,
                t -> events(t)));
        list.add(new Action(
                "POST /ho-so/nhap",
                "import a dossier of the target agency on the page",
                t -> multipart("/ho-so/nhap", importRow(t)),
                DOSSIER_HANDLERS,
                t -> imported(t),
                Kind.ROWS));
        list.add(new Action(
                "POST /api/v1/dossiers/import",
                "import a dossier of the target agency through the API",
                t -> multipart("/api/v1/dossiers/import", importRow(t)),
                DOSSIER_HANDLERS,
                t -> imported(t),
                Kind.ROWS));
        // letters
        list.add(new Action(
                "POST /thu/{id}",
                "edit the target's draft letter",
                t -> post("/thu/" + obj(t).letterId())
                        .param("personName", "Công dân thử")
                        .param("body", "Kính gửi {person}, thư " + (++serial)),
                staff(Actor.UNIT_LEADER, Actor.ONE_STOP),
                t -> letter(t)));
        list.add(new Action(
                "POST /thu/{id}/da-in",
                "mark the target's letter printed",
                t -> post("/thu/" + obj(t).letterId() + "/da-in"),
                staff(Actor.UNIT_LEADER, Actor.ONE_STOP),
                t -> letter(t)));
        list.add(new Action(
                "POST /thu/{id}/duyet",
                "approve the target's letter",
                t -> post("/thu/" + obj(t).letterId() + "/duyet"),
                staff(Actor.UNIT_LEADER),
                t -> letter(t)));
        list.add(new Action(
                "POST /thu/duyet",
                "approve the target's letter among several",
                t -> post("/thu/duyet").param("ids", String.valueOf(obj(t).letterId())),
                staff(Actor.UNIT_LEADER),
                t -> letter(t),
                Kind.ROWS));
        // ballot boxes and their monthly sessions
        list.add(new Action(
                "POST /hom-phieu/hom",
                "register a ballot box at the target agency",
                t -> post("/hom-phieu/hom")
                        .param("agencyId", String.valueOf(at(t).agencyId()))
                        .param("location", "Sảnh " + (++serial))
                        .param("seal", "N-" + serial),
                BALLOT_ENTER,
                t -> count("select count(*) from ballot_box where agency_id = " + at(t).agencyId())));
        list.add(new Action(
                "POST /hom-phieu/phien/{id}/doi-ngay",
                "move the target's ballot session",
                t -> post("/hom-phieu/phien/" + obj(t).sessionId() + "/doi-ngay")
                        .param("day", "2026-10-29")
                        .param("reason", "Trùng lịch họp"),
                BALLOT_ENTER,
                t -> session(t)));
        list.add(new Action(
                "POST /hom-phieu/phien/{id}/kiem-phieu",
                "tally the target's ballot session on the page",
                t -> post("/hom-phieu/phien/" + obj(t).sessionId() + "/kiem-phieu")
                        .param("heldOn", "2026-10-30")
                        .param("found", "0")
                        .param("valid", "0")
                        .param("invalid", "0")
                        .param("memberName0", "Nguyễn Văn Tổ")
                        .param("memberRole0", "OTHER"),
                BALLOT_ENTER,
                t -> session(t)));
        list.add(new Action(
                "POST /api/v1/ballot/sessions/{id}/tally",
                "tally the target's ballot session through the API",
                t -> json(post("/api/v1/ballot/sessions/" + obj(t).sessionId() + "/tally"), """
                        {"heldOn": "2026-10-30", "found": 0, "valid": 0, "invalid": 0, "members": [], "items": []}"""),
                BALLOT_ENTER,
                t -> session(t)));
        list.add(new Action(
                "POST /hom-phieu/phien/{id}/sua-doi",
                "amend the target's ballot tally",
                t -> post("/hom-phieu/phien/" + obj(t).sessionId() + "/sua-doi")
                        .param("heldOn", "2026-10-30")
                        .param("found", "0")
                        .param("valid", "0")
                        .param("invalid", "0")
                        .param("reason", "Nhập sai"),
                BALLOT_ENTER,
                t -> session(t)));
        list.add(new Action(
                "POST /hom-phieu/phien/{id}/doi-chieu",
                "check the target's ballot tally",
                t -> post("/hom-phieu/phien/" + obj(t).sessionId() + "/doi-chieu")
                        .param("found", "0")
                        .param("valid", "0")
                        .param("invalid", "0"),
                BALLOT_CHECK,
                t -> session(t)));
        list.add(new Action(
                "POST /hom-phieu/phien/{id}/ket-thuc",
                "close the target's ballot session",
                t -> post("/hom-phieu/phien/" + obj(t).sessionId() + "/ket-thuc"),
                BALLOT_CLOSE,
                t -> session(t)));
        list.add(new Action(
                "POST /hom-phieu/hom/{id}/thu-hoi",
                "retire the target's ballot box",
                t -> post("/hom-phieu/hom/" + obj(t).boxId() + "/thu-hoi"),
                BALLOT_CLOSE,
                t -> row("select status from ballot_box where id = " + obj(t).boxId())));
        // alerts and their rules
        list.add(new Action(
                "POST /api/v1/insight/alerts/{id}/acknowledge",
                "acknowledge the target's alert through the API",
                t -> json(post("/api/v1/insight/alerts/" + obj(t).alertId() + "/acknowledge"), """
                        {"note": "Đã biết"}"""),
                ALERT_ACTORS,
                t -> alert(t)));
        list.add(new Action(
                "POST /canh-bao/{id}/xac-nhan",
                "acknowledge the target's alert on the page",
                t -> post("/canh-bao/" + obj(t).alertId() + "/xac-nhan").param("note", "Đã biết"),
                ALERT_ACTORS,
                t -> alert(t)));
        list.add(new Action(
                "POST /canh-bao/{id}/dong",
                "close the target's alert on the page",
                t -> post("/canh-bao/" + obj(t).alertId() + "/dong").param("note", "Đã xử lý"),
                ALERT_ACTORS,
                t -> alert(t)));
        list.add(new Action(
                "POST /api/v1/insight/alerts/{id}/close",
                "close the target's alert through the API",
                t -> json(post("/api/v1/insight/alerts/" + obj(t).alertId() + "/close"), """
                        {"note": "Đã xử lý"}"""),
                ALERT_ACTORS,
                t -> alert(t)));
        list.add(new Action(
                "POST /canh-bao/quy-tac",
                "an alert rule on the target agency from the page",
                t -> post("/canh-bao/quy-tac")
                        .param("unit", at(t).agencyCode())
                        .param("kind", "OVERDUE_OVER")
                        .param("threshold", String.valueOf(200000 + ++serial))
                        .param("windowDays", "30"),
                new Loose(PermissionMatrixTest::unitAdmin),
                t -> count("select count(*) from insight_alert_rule where agency_id = " + at(t).agencyId())));
        list.add(new Action(
                "PATCH /api/v1/insight/alert-rules/{id}",
                "change the target's alert rule through the API",
                t -> json(patch("/api/v1/insight/alert-rules/" + rule(t)), """
                        {"threshold": %d}""".formatted(300000 + ++serial)),
                new Loose(PermissionMatrixTest::unitAdmin),
                t -> row("select threshold from insight_alert_rule where id = " + rule(t))));
        list.add(new Action(
                "POST /canh-bao/quy-tac/{id}",
                "change the target's alert rule from the page",
                t -> post("/canh-bao/quy-tac/" + rule(t))
                        .param("kind", "OVERDUE_OVER")
                        .param("threshold", String.valueOf(400000 + ++serial))
                        .param("windowDays", "30")
                        .param("active", "true"),
                new Loose(PermissionMatrixTest::unitAdmin),
                t -> row("select threshold from insight_alert_rule where id = " + rule(t))));
        // feedback: staff entry, case actions, the topic dictionary
        list.add(new Action(
                "POST /phan-anh/nhap",
                "key in a hotline call for the target agency",
                t -> post("/phan-anh/nhap")
                        .param("channel", "HOTLINE")
                        .param("category", "SUGGESTION")
                        .param("agencyId", String.valueOf(at(t).agencyId()))
                        .param("text", "Cuộc gọi ma trận " + t),
                CASE_HANDLERS,
                t -> count("select count(*) from feedback_case where body = 'Cuộc gọi ma trận " + t + "'")));
        list.add(new Action(
                "POST /api/v1/feedback/{id}/{action}",
                "accept the target's case through the API",
                t -> json(post("/api/v1/feedback/" + obj(t).caseId() + "/accept"), "{}"),
                CASE_HANDLERS,
                t -> feedbackCase(t)));
        list.add(new Action(
                "POST /phan-anh/{id}/{action}",
                "ask for information on the target's case from the page",
                t -> post("/phan-anh/" + obj(t).caseId() + "/request-info").param("text", "Xin bổ sung địa chỉ"),
                CASE_HANDLERS,
                t -> feedbackCase(t)));
        list.add(new Action(
                "POST /phan-anh/chu-de/tu-khoa",
                "a keyword in the shared topic dictionary",
                t -> post("/phan-anh/chu-de/tu-khoa")
                        .param("topic", topic())
                        .param("keyword", "tu khoa ma tran " + (++serial)),
                new Loose((a, t) -> a == Actor.ADMIN || a == Actor.PROVINCIAL),
                t -> count("select count(*) from feedback_keyword"),
                Kind.ONCE));
        list.add(new Action(
                "POST /phan-anh/chu-de/tu-khoa/{id}/xoa",
                "remove a keyword of the shared topic dictionary",
                t -> post("/phan-anh/chu-de/tu-khoa/" + freshKeyword() + "/xoa"),
                new Loose((a, t) -> a == Actor.ADMIN || a == Actor.PROVINCIAL),
                t -> count("select count(*) from feedback_keyword"),
                Kind.ONCE));
        // reports: exports (reads of the caller's scope), Decree 118 quarterly scores, officers' monthly classification
        list.add(new Action(
                "POST /api/v1/exports",
                "export the target agency's unit table through the API",
                t -> json(post("/api/v1/exports"), """
                        {"kind": "UNITS_CSV", "unit": "%s", "period": "2026-10"}""".formatted(at(t).agencyCode())),
                READERS,
                t -> count("select count(*) from report_export where unit_code = '" + at(t).agencyCode() + "'")));
        list.add(new Action(
                "POST /tep-xuat",
                "export the target agency's unit table from the page",
                t -> post("/tep-xuat")
                        .param("kind", "UNITS_CSV")
                        .param("unit", at(t).agencyCode())
                        .param("period", "2026-10"),
                READERS,
                t -> count("select count(*) from report_export where unit_code = '" + at(t).agencyCode() + "'")));
        list.add(new Action(
                "PUT /api/v1/insight/decree61/self-score",
                "the target unit's self-score through the API",
                t -> json(put("/api/v1/insight/decree61/self-score"), """
                        {"unit": "%s", "quarter": "2026-Q3", "score": 15, "note": "Tự chấm %d"}""".formatted(at(t).agencyCode(), ++serial)),
                staff(Actor.UNIT_LEADER),
                t -> assessment(t)));
        list.add(new Action(
                "POST /bao-cao/don-vi/{code}/danh-gia-tthc/tu-cham",
                "the target unit's self-score on the page",
                t -> post("/bao-cao/don-vi/" + at(t).agencyCode() + "/danh-gia-tthc/tu-cham")
                        .param("quarter", "2026-Q3")
                        .param("score", "14")
                        .param("note", "Tự chấm " + (++serial)),
                staff(Actor.UNIT_LEADER),
                t -> assessment(t)));
        list.add(new Action(
                "PUT /api/v1/insight/evaluation/self-score",
                "the target unit's self-score through the API (the evaluation's path)",
                t -> json(put("/api/v1/insight/evaluation/self-score"), """
                        {"unit": "%s", "quarter": "2026-Q3", "score": 15, "note": "Tự chấm %d"}""".formatted(at(t).agencyCode(), ++serial)),
                staff(Actor.UNIT_LEADER),
                t -> assessment(t)));
        list.add(new Action(
                "PUT /api/v1/insight/evaluation/appraised-score",
                "appraise the target unit through the API (the evaluation's path)",
                t -> json(
                        put("/api/v1/insight/evaluation/appraised-score"), """
                        {"unit": "%s", "quarter": "2026-Q3", "score": 13, "note": "Thẩm định %d"}""".formatted(at(t).agencyCode(), ++serial)),
                staff(Actor.PROVINCIAL),
                t -> assessment(t)));
        list.add(new Action(
                "PUT /api/v1/insight/decree61/appraised-score",
                "appraise the target unit through the API",
                t -> json(put("/api/v1/insight/decree61/appraised-score"), """
                        {"unit": "%s", "quarter": "2026-Q3", "score": 13, "note": "Thẩm định %d"}""".formatted(at(t).agencyCode(), ++serial)),
                staff(Actor.PROVINCIAL),
                t -> assessment(t)));
        list.add(new Action(
                "POST /bao-cao/don-vi/{code}/danh-gia-tthc/tham-dinh",
                "appraise the target unit on the page",
                t -> post("/bao-cao/don-vi/" + at(t).agencyCode() + "/danh-gia-tthc/tham-dinh")
                        .param("quarter", "2026-Q3")
                        .param("score", "12")
                        .param("note", "Thẩm định " + (++serial)),
                staff(Actor.PROVINCIAL),
                t -> assessment(t)));
        list.add(new Action(
                "POST /api/v1/insight/officer-scorecard",
                "confirm the target officer's month through the API",
                t -> json(post("/api/v1/insight/officer-scorecard"), """
                        {"unit": "%s", "officer": %d, "month": "2026-10", "classification": "GOOD", "note": "Xác nhận %d"}""".formatted(
                                at(t).agencyCode(), at(t).officerId(), ++serial)),
                staff(Actor.UNIT_LEADER),
                t -> classification(t)));
        list.add(new Action(
                "POST /bao-cao/don-vi/{code}/can-bo/{officerId}/thang",
                "confirm the target officer's month on the page",
                t -> post("/bao-cao/don-vi/" + at(t).agencyCode() + "/can-bo/" + at(t).officerId() + "/thang")
                        .param("month", "2026-10")
                        .param("classification", "DONE")
                        .param("note", "Xác nhận " + (++serial)),
                staff(Actor.UNIT_LEADER),
                t -> classification(t)));
        // ratings keyed in from paper slips
        list.add(new Action(
                "POST /danh-gia/nhap-phieu",
                "key in a paper slip for the target's dossier",
                t -> post("/danh-gia/nhap-phieu")
                        .param("form", "QUICK")
                        .param("code0", slipDossier(t))
                        .param("RESULT0", "5")
                        .param("CONDUCT0", "4")
                        .param("comment0", "Phiếu giấy"),
                staff(Actor.UNIT_LEADER, Actor.ONE_STOP, Actor.BALLOT_SECRETARY),
                t -> count(
                        "select count(*) from rating r join dossier d on d.id = r.dossier_id where d.applicant_name = 'Phiếu giấy "
                                + t + "'"),
                Kind.ROWS));
        // ratings made on the national portal, imported from its file
        list.add(new Action(
                "POST /danh-gia/cong-dvc",
                "import a portal rating of the target's dossier on the page",
                t -> multipart("/danh-gia/cong-dvc", portalRow(t)),
                staff(Actor.UNIT_LEADER, Actor.ONE_STOP),
                t -> portalRated(t),
                Kind.ROWS));
        list.add(new Action(
                "POST /api/v1/ratings/portal-import",
                "import a portal rating of the target's dossier through the API",
                t -> multipart("/api/v1/ratings/portal-import", portalRow(t)),
                staff(Actor.UNIT_LEADER, Actor.ONE_STOP),
                t -> portalRated(t),
                Kind.ROWS));
        // SIPAS: running a campaign, paper forms, interviews
        list.add(new Action(
                "POST /api/v1/campaigns/{id}/reminders",
                "remind the target's campaign through the API",
                t -> post("/api/v1/campaigns/" + obj(t).campaignId() + "/reminders"),
                CAMPAIGN_RUNNERS,
                t -> campaign(t)));
        list.add(new Action(
                "POST /khao-sat-sipas/{id}/nhac",
                "remind the target's campaign on the page",
                t -> post("/khao-sat-sipas/" + obj(t).campaignId() + "/nhac"),
                CAMPAIGN_RUNNERS,
                t -> campaign(t)));
        list.add(new Action(
                "POST /api/v1/campaigns/{id}/paper-forms",
                "a paper form of the target's campaign through the API",
                t -> json(post("/api/v1/campaigns/" + obj(t).campaignId() + "/paper-forms"), """
                        {"formNo": "M%d", "agencyId": %s, "answers": [{"item": "CHUNG", "value": "4"}]}""".formatted(
                                ++serial, at(t).agencyId())),
                SURVEY_KEYERS,
                t -> paperForms(t)));
        list.add(new Action(
                "POST /khao-sat-sipas/{id}/phieu-giay",
                "a paper form of the target's campaign on the page",
                t -> post("/khao-sat-sipas/" + obj(t).campaignId() + "/phieu-giay")
                        .param("formNo", "P" + (++serial))
                        .param("agencyId", String.valueOf(at(t).agencyId()))
                        .param("CHUNG", "4"),
                SURVEY_KEYERS,
                t -> paperForms(t)));
        list.add(new Action(
                "POST /api/v1/campaigns/{id}/paper-forms/{formNo}/resolve",
                "settle a paper form of the target's campaign (API)",
                t -> json(post("/api/v1/campaigns/" + obj(t).campaignId() + "/paper-forms/M0/resolve"), "[]"),
                SURVEY_KEYERS,
                t -> paperForms(t)));
        list.add(new Action(
                "POST /khao-sat-sipas/{id}/phieu-giay/{formNo}",
                "settle a paper form of the target's campaign (page)",
                t -> post("/khao-sat-sipas/" + obj(t).campaignId() + "/phieu-giay/P0")
                        .param("CHUNG", "4"),
                SURVEY_KEYERS,
                t -> paperForms(t)));
        list.add(new Action(
                "POST /khao-sat-sipas/phong-van/phieu",
                "an interview for the target's campaign",
                t -> json(post("/khao-sat-sipas/phong-van/phieu"), interview(t)),
                SURVEY_KEYERS,
                t -> responses(t)));
        list.add(new Action(
                "POST /api/v1/survey/responses",
                "an interview for the target's campaign through the API (no token)",
                t -> json(post("/api/v1/survey/responses"), interview(t)),
                SURVEY_KEYERS,
                t -> responses(t)));
        list.add(new Action(
                "POST /api/v1/campaigns/{id}/close",
                "close the target's campaign through the API",
                t -> post("/api/v1/campaigns/" + obj(t).campaignId() + "/close"),
                CAMPAIGN_RUNNERS,
                t -> campaign(t)));
        list.add(new Action(
                "POST /khao-sat-sipas/{id}/ket-thuc",
                "close the target's campaign on the page",
                t -> post("/khao-sat-sipas/" + obj(t).campaignId() + "/ket-thuc"),
                CAMPAIGN_RUNNERS,
                t -> campaign(t)));
    }

    /** A questionnaire that reads (so that the refusal, not the parser, answers) but is not complete enough to save. */
    static final String QUESTIONNAIRE = """
            {"code": "MATRAN", "version": 1, "title": "Bảng hỏi thử", "sections": []}""";

    /** National objects and system jobs: the system administrator only; sent once (the target does not matter). */
    private void nationalActions(List<Action> list) {
        list.add(new Action(
                "POST /lich/dieu-chinh/{id}/xoa",
                "remove a national calendar override",
                t -> post("/lich/dieu-chinh/" + freshOverride() + "/xoa").param("year", "2032"),
                NATIONAL_JOB,
                t -> count("select count(*) from calendar_override"),
                Kind.ONCE));
        list.add(new Action(
                "POST /thu-tuc/{code}",
                "edit a national catalogue entry",
                t -> post("/thu-tuc/HT-001").param("name", "Thủ tục sửa " + (++serial)),
                NATIONAL_JOB,
                t -> row("select name from admin_procedure where code = 'HT-001'"),
                Kind.ONCE));
        list.add(new Action(
                "POST /thu-tuc/nhap",
                "import the national catalogue",
                t -> multipart("/thu-tuc/nhap", "code,name\n"),
                NATIONAL_JOB,
                t -> count("select count(*) from admin_procedure"),
                Kind.ONCE));
        list.add(new Action(
                "POST /api/v1/questionnaires",
                "a national questionnaire version (API)",
                t -> json(post("/api/v1/questionnaires"), QUESTIONNAIRE),
                NATIONAL_JOB,
                t -> count("select count(*) from survey_questionnaire"),
                Kind.ONCE));
        list.add(new Action(
                "POST /api/v1/questionnaires/{code}/{version}/publish",
                "publish a questionnaire version (API)",
                t -> post("/api/v1/questionnaires/MATRAN/1/publish"),
                NATIONAL_JOB,
                t -> count("select count(*) from survey_questionnaire"),
                Kind.ONCE));
        list.add(new Action(
                "POST /khao-sat-sipas/bang-hoi/soan",
                "a national questionnaire version (page)",
                t -> post("/khao-sat-sipas/bang-hoi/soan").param("text", QUESTIONNAIRE),
                NATIONAL_JOB,
                t -> count("select count(*) from survey_questionnaire"),
                Kind.ONCE));
        list.add(new Action(
                "POST /khao-sat-sipas/bang-hoi/{code}/{version}/ban-hanh",
                "publish a questionnaire version (page)",
                t -> post("/khao-sat-sipas/bang-hoi/MATRAN/1/ban-hanh"),
                NATIONAL_JOB,
                t -> count("select count(*) from survey_questionnaire"),
                Kind.ONCE));
        list.add(new Action(
                "POST /don-vi/sap-nhap",
                "a merger of administrative units",
                t -> multipart("/don-vi/sap-nhap", ""),
                NATIONAL_JOB,
                t -> count("select count(*) from admin_unit"),
                Kind.ONCE));
        list.add(new Action(
                "POST /lich/quyet-dinh",
                "preview a national calendar decision (file)",
                t -> multipart("/lich/quyet-dinh", "date,kind,name,source\n2031-05-06,EXTRA_DAY_OFF,Thử,Ma trận\n"),
                NATIONAL_JOB,
                t -> count("select count(*) from calendar_override"),
                Kind.ONCE));
        list.add(new Action(
                "POST /lich/quyet-dinh/ap-dung",
                "apply a national calendar decision",
                t -> post("/lich/quyet-dinh/ap-dung")
                        .param(
                                "days",
                                "date,kind,name,source\n2031-05-0" + (2 + (++serial % 7)) + ",EXTRA_DAY_OFF,Thử "
                                        + serial + ",Ma trận\n"),
                NATIONAL_JOB,
                t -> count("select count(*) from calendar_override"),
                Kind.ONCE));
        list.add(new Action(
                "POST /don-vi/nghi-quyet",
                "a national unit-change resolution",
                t -> multipart("/don-vi/nghi-quyet", ""),
                NATIONAL_JOB,
                t -> count("select count(*) from admin_unit"),
                Kind.ONCE));
        list.add(new Action(
                "POST /api/v1/insight/alerts/evaluate",
                "evaluate every alert rule now",
                t -> post("/api/v1/insight/alerts/evaluate"),
                NATIONAL_JOB,
                t -> "-",
                Kind.ONCE));
        list.add(new Action(
                "POST /api/v1/insight/rollups/rebuild",
                "rebuild every rollup (API)",
                t -> post("/api/v1/insight/rollups/rebuild"),
                NATIONAL_JOB,
                t -> "-",
                Kind.ONCE));
        list.add(new Action(
                "POST /bao-cao/tinh-lai",
                "rebuild every rollup (page)",
                t -> post("/bao-cao/tinh-lai"),
                NATIONAL_JOB,
                t -> "-",
                Kind.ONCE));
    }

    // ---- the staff actions' targets and states ----------------------------------------------------------------

    /** An event on a dossier received and resolved by two agencies, one of them the target: as on its own. */
    private Action crossEvent(String label, Function<Target, String> code) {
        return new Action(
                "POST /api/v1/dossiers/{code}/events",
                label,
                t -> json(post("/api/v1/dossiers/" + code.apply(t) + "/events"), """
                        {"eventId": "x%d", "type": "HANDED_OVER"}""".formatted(++serial)),
                DOSSIER_HANDLERS,
                t -> count("select count(*) from dossier_event e join dossier d on d.id = e.dossier_id where d.code = '"
                        + code.apply(t) + "'"));
    }

    /** Another agency of the target's province: OWN and SAME_PROVINCE each other's, FOREIGN its test centre. */
    private long elsewhere(Target t) {
        return switch (t) {
            case OWN -> at(Target.SAME_PROVINCE).agencyId();
            case SAME_PROVINCE -> at(Target.OWN).agencyId();
            case FOREIGN -> agencies.byCode("01-MATRIX-TT").orElseThrow().id();
        };
    }

    private MatrixWorld.StaffObjects obj(Target t) {
        return at(t).objects();
    }

    /** A dossier of the target agency not rated yet (each cell its own: a dossier is rated once); the agencies use QUICK. */
    private String portalRow(Target t) {
        return "portal_id,dossier_code,rated_at,a,b,c,d,dd,e,g,h,i,comment\nMT-" + (++serial) + "," + slipDossier(t)
                + ",2026-11-10T09:30,5,5,4,5,5,5,,,,\n";
    }

    private long portalRated(Target t) {
        return count("select count(*) from rating r join dossier d on d.id = r.dossier_id where r.channel = 'PORTAL'"
                + " and d.applicant_name = 'Phiếu giấy " + t + "'");
    }

    private String slipDossier(Target t) {
        String code = SystemActor.call(
                "matrix",
                () -> dossiers.receive(new vn.hailong.dossier.NewDossier(
                                null,
                                at(t).agencyId(),
                                null,
                                "HT-001",
                                null,
                                "Phiếu giấy " + t,
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
                        .code());
        return code;
    }

    private long events(Target t) {
        return count("select count(*) from dossier_event e join dossier d on d.id = e.dossier_id where d.code = '"
                + at(t).dossierCode() + "'");
    }

    /** One import row for the target agency, its code in the agency's namespace (and unique to the cell). */
    private String importRow(Target t) {
        return "code,agency_code,procedure_code,channel,applicant_name,applicant_phone,applicant_email,received_at,due_at,resolved_at,returned_at,status\n"
                + at(t).agencyCode() + "-NHAP-" + (++serial) + "," + at(t).agencyCode() + ",HT-001,1,Nhập ma trận " + t
                + ",,,2026-10-01T08:30,,,,\n";
    }

    private long imported(Target t) {
        return count("select count(*) from dossier where applicant_name = 'Nhập ma trận " + t + "'");
    }

    private AbstractMockHttpServletRequestBuilder<?> multipart(String path, String csv) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(path)
                .file(new org.springframework.mock.web.MockMultipartFile(
                        "file", "matrix.csv", "text/csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private String letter(Target t) {
        return row("select status || ' ' || body from letter where id = " + obj(t).letterId());
    }

    private String session(Target t) {
        return row(
                "select status || ' ' || scheduled_on || ' ' || coalesce(ballots_found, -1) || ' ' || coalesce(checked_by, '-') from ballot_session where id = "
                        + obj(t).sessionId());
    }

    private String alert(Target t) {
        return row("select status || ' ' || coalesce(note, '-') from insight_alert where id = " + obj(t).alertId());
    }

    private long rule(Target t) {
        return count("select rule_id from insight_alert where id = " + obj(t).alertId());
    }

    private String feedbackCase(Target t) {
        return row(
                "select status || ' ' || coalesce(info_request, '-') from feedback_case where id = " + obj(t).caseId());
    }

    private String topic() {
        return jdbc.sql("select min(code) from feedback_topic")
                .query(String.class)
                .single();
    }

    /** A keyword to remove (each cell its own, so that one removal does not hide the next). */
    private long freshKeyword() {
        jdbc.sql("insert into feedback_keyword (topic_code, keyword, folded) values (:t, :k, :k)")
                .param("t", topic())
                .param("k", "xoa ma tran " + (++serial))
                .update();
        return count("select max(id) from feedback_keyword");
    }

    private long freshOverride() {
        jdbc.sql("insert into calendar_override (calendar_day, kind, name) values (:d, 'EXTRA_DAY_OFF', 'Ma trận')")
                .param(
                        "d",
                        java.sql.Date.valueOf(
                                java.time.LocalDate.parse("2032-01-01").plusDays(++serial)))
                .update();
        return count("select max(id) from calendar_override");
    }

    private String assessment(Target t) {
        return row(
                "select coalesce(self_note, '-') || ' ' || coalesce(appraised_note, '-') from insight_decree61_assessment where agency_id = "
                        + at(t).agencyId() + " and quarter = '2026-Q3'");
    }

    private String classification(Target t) {
        return row(
                "select confirmed || ' ' || coalesce(note, '-') from insight_officer_classification where officer_id = "
                        + at(t).officerId() + " and period = '2026-10'");
    }

    private String campaign(Target t) {
        return row("select status from survey_campaign where id = " + obj(t).campaignId());
    }

    private String paperForms(Target t) {
        return row("select count(*) || ' ' || count(response_id) from survey_paper_form where campaign_id = "
                + obj(t).campaignId());
    }

    private long responses(Target t) {
        return count("select count(*) from survey_response where campaign_id = " + obj(t).campaignId());
    }

    private String interview(Target t) {
        return """
                {"idempotencyKey": "pv-%d", "campaignId": %d, "agencyId": %d, "channel": "INTERVIEW", "answers": [{"item": "CHUNG", "value": "4"}]}""".formatted(++serial, obj(t).campaignId(), at(t).agencyId());
    }

    /**
     * Write endpoints without cells, each with the reason: they act for nobody signed in, on a citizen's or a
     * device's credential (a token, a code and phone), so no role or scope applies. Every staff write has cells.
     */
    static final Map<String, String> OUTSIDE_CELLS = Map.ofEntries(
            Map.entry(
                    "POST /api/v1/ratings",
                    "a citizen's per-dossier token or a kiosk's device token is the credential, not a role"),
            Map.entry("POST /r/{token}", "the citizen's one-time rating token (QR / short link) is the credential"),
            Map.entry("POST /danh-gia", "a citizen's dossier code and phone number, for nobody signed in"),
            Map.entry("POST /khao-sat/{token}", "the citizen's survey invitation token is the credential"),
            Map.entry("POST /gop-y", "public feedback form: anyone, behind the rate limit and the challenge"),
            Map.entry("POST /gop-y/{code}/bo-sung", "the citizen's tracking code is the credential"),
            Map.entry("POST /gop-y/danh-gia/{token}", "the citizen's answer-rating token is the credential"),
            Map.entry("POST /api/v1/feedback", "public feedback API: anyone, behind the rate limit"),
            Map.entry("POST /api/v1/me/password", "the caller's own password, with the current one (PasswordTest)"),
            Map.entry("POST /tai-khoan/mat-khau", "the caller's own password, with the current one (PasswordTest)"));

    // ---- the tests -------------------------------------------------------------------------------------------

    @Test
    void everyWriteEndpointIsInTheMatrix() {
        Set<String> listed = new TreeSet<>(OUTSIDE_CELLS.keySet());
        actions().forEach(a -> listed.add(a.endpoint()));
        Set<String> found = new TreeSet<>();
        mappings.getHandlerMethods()
                .keySet()
                .forEach(info -> info.getMethodsCondition().getMethods().stream()
                        .filter(m -> m == RequestMethod.POST
                                || m == RequestMethod.PUT
                                || m == RequestMethod.PATCH
                                || m == RequestMethod.DELETE)
                        .forEach(m -> info.getPatternValues().forEach(p -> found.add(m + " " + p))));
        assertThat(found)
                .as("write endpoints missing from the permission matrix")
                .isSubsetOf(listed);
        assertThat(listed).as("matrix entries without an endpoint").isSubsetOf(found);
    }

    @Test
    void everyRoleTimesEveryTargetTimesEveryAdministrativeWrite() throws Exception {
        List<String> failures = new ArrayList<>();
        int cells = 0;
        for (Action action : actions()) {
            for (Target target : Target.values()) {
                if (action.kind() == Kind.ONCE && target != Target.OWN) {
                    continue; // a national object: the target does not matter
                }
                for (Actor actor : Actor.values()) {
                    if (actor == Actor.API_KEY && !action.endpoint().contains(" /api/")) {
                        continue; // keys do not sign in to pages (checked below: the page chain refuses them)
                    }
                    cells++;
                    boolean loose = action.allowed() instanceof Loose;
                    Expect expect = !action.allowed().test(actor, target)
                            ? Expect.REFUSED
                            : loose ? Expect.ANY : Expect.ALLOWED;
                    Object before;
                    Object after;
                    int status;
                    try {
                        AbstractMockHttpServletRequestBuilder<?> request =
                                action.request().apply(target);
                        before = action.state().apply(target);
                        status = mvc.perform(as(actor, request))
                                .andReturn()
                                .getResponse()
                                .getStatus();
                        after = action.state().apply(target);
                    } catch (Exception e) {
                        failures.add(action.label() + " [" + action.endpoint() + "] as " + actor + " on " + target
                                + ": " + e);
                        continue;
                    }
                    String cell = action.label() + " [" + action.endpoint() + "] as " + actor + " on " + target + ": "
                            + status;
                    if (status >= 500) {
                        failures.add(cell + " (server error)");
                    } else if (expect == Expect.ALLOWED && status >= 400) {
                        failures.add(cell + " (expected allowed)");
                    } else if (expect == Expect.REFUSED
                            && action.kind() != Kind.ROWS
                            && (status != 403 && status != 404)) {
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
        int status = mvc.perform(post("/quan-tri/khoa-api")
                        .with(csrf())
                        .header("X-API-Key", world.ownKeySecret)
                        .param("name", "x"))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isIn(302, 401, 403);
    }

    /** The integrators' contract: a key receives dossiers of its agency and moves them (hand-over included), and writes nothing else. */
    @Test
    void aKeyWritesDossiersAndNothingElse() throws Exception {
        var received = mvc.perform(as(Actor.API_KEY, json(post("/api/v1/dossiers"), """
                {"agencyId": %d, "procedureCode": "HT-001", "applicantName": "Phần mềm một cửa"}""")))
                .andReturn()
                .getResponse();
        assertThat(received.getStatus()).isEqualTo(201);
        String code = json(received.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .get("code")
                .asString();
        int handedOver = mvc.perform(as(Actor.API_KEY, json(post("/api/v1/dossiers/" + code + "/events"), """
                {"eventId": "key-1", "type": "HANDED_OVER", "agencyId": %d}""".formatted(
                                at(Target.SAME_PROVINCE).agencyId()))))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(handedOver).isEqualTo(200);
        int caseAction = mvc.perform(as(
                        Actor.API_KEY,
                        json(post("/api/v1/feedback/" + at(Target.OWN).objects().caseId() + "/close"), "{}")))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(caseAction).isEqualTo(403);
    }

    @Test
    void aChosenDossierCodeRevealsNothingAboutOtherAgencies() throws Exception {
        String free = at(Target.SAME_PROVINCE).agencyCode() + "-999999-9999";
        int foreignTaken = mvc.perform(as(
                        Actor.ONE_STOP,
                        json(
                                post("/api/v1/dossiers"),
                                body(at(Target.SAME_PROVINCE).dossierCode()))))
                .andReturn()
                .getResponse()
                .getStatus();
        int foreignFree = mvc.perform(as(Actor.ONE_STOP, json(post("/api/v1/dossiers"), body(free))))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(foreignTaken)
                .as("a code taken in another agency answers as a free one there")
                .isEqualTo(foreignFree)
                .isEqualTo(400);
        int ownTaken = mvc.perform(as(
                        Actor.ONE_STOP,
                        json(post("/api/v1/dossiers"), body(at(Target.OWN).dossierCode()))))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(ownTaken).isEqualTo(409);
        var created = mvc.perform(as(
                        Actor.ONE_STOP,
                        json(post("/api/v1/dossiers"), body(at(Target.OWN).agencyCode() + "-TU-CHON-1"))))
                .andReturn()
                .getResponse();
        assertThat(created.getStatus()).isEqualTo(201);
    }

    /**
     * The import answers a row by the caller's own agencies only: a code that exists in another agency gets the same
     * answer as a free one, and only a code of the caller's own agency is "unchanged".
     */
    @Test
    void anImportedCodeRevealsNothingAboutOtherAgencies() throws Exception {
        String own = at(Target.OWN).agencyCode();
        String other = at(Target.SAME_PROVINCE).agencyCode();
        String takenThere = at(Target.SAME_PROVINCE).dossierCode();
        String header =
                "code,agency_code,procedure_code,channel,applicant_name,applicant_phone,applicant_email,received_at,due_at,resolved_at,returned_at,status\n";
        String csv = header
                + takenThere + "," + own + ",HT-001,1,Nguyễn Văn A,,,2026-10-01T08:30,,,,\n"
                + other + "-999999-9999," + own + ",HT-001,1,Nguyễn Văn A,,,2026-10-01T08:30,,,,\n"
                + takenThere + "," + other + ",HT-001,1,Nguyễn Văn A,,,2026-10-01T08:30,,,,\n"
                + other + "-999999-9999," + other + ",HT-001,1,Nguyễn Văn A,,,2026-10-01T08:30,,,,\n"
                + at(Target.OWN).dossierCode() + "," + own + ",HT-001,1,Nguyễn Văn A,,,2026-10-01T08:30,,,,\n";
        var response = mvc.perform(as(Actor.ONE_STOP, multipart("/api/v1/dossiers/import", csv)))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        var report = json(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(report.get("imported").asInt()).isZero();
        assertThat(report.get("unchanged").asInt())
                .as("only the own agency's code is unchanged")
                .isEqualTo(1);
        var errors = report.get("errors");
        assertThat(errors).hasSize(4);
        assertThat(errors.get(0).get("reason").asString())
                .as("taken elsewhere, under the own agency")
                .isEqualTo(errors.get(1).get("reason").asString());
        assertThat(errors.get(2).get("reason").asString())
                .as("taken elsewhere, under that agency")
                .isEqualTo(errors.get(3).get("reason").asString());
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static String body(String code) {
        return """
                {"code": "%s", "agencyId": %s, "procedureCode": "HT-001", "applicantName": "Mã tự chọn"}""".formatted(code, "%d");
    }

    private org.springframework.test.web.servlet.RequestBuilder as(
            Actor actor, AbstractMockHttpServletRequestBuilder<?> request) {
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
        UserAccount account = jdbc.sql(
                        "select id, username, full_name, role, province_code, agency_id from app_user where username = :u")
                .param("u", username)
                .query((rs, i) -> new UserAccount(
                        rs.getLong(1),
                        rs.getString(2),
                        "",
                        rs.getString(3),
                        Role.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getObject(6, Long.class),
                        true,
                        null))
                .single();
        return request.with(authentication(
                        new UsernamePasswordAuthenticationToken(account, null, account.getAuthorities())))
                .with(csrf());
    }

    private Place at(Target t) {
        return world.at(t);
    }

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        String filled = body.contains("%d") ? body.formatted(at(Target.OWN).agencyId()) : body;
        return request.contentType(MediaType.APPLICATION_JSON).content(filled);
    }

    private static MockHttpServletRequestBuilder userForm(
            MockHttpServletRequestBuilder request, String username, String role, String province, Long agencyId) {
        request.param("username", username)
                .param("fullName", "Người thử")
                .param("role", role)
                .param("password", "mat-khau-dai-du")
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
        return SystemActor.call(
                "matrix", () -> hotlines.add(at(t).agencyId(), "Xóa " + (++serial), "Chủ tịch", "0912345678"));
    }

    private String fieldCode() {
        return jdbc.sql("select min(code) from service_field")
                .query(String.class)
                .single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private String row(String sql) {
        return jdbc.sql(sql)
                .query((rs, i) -> String.valueOf(rs.getObject(1)))
                .optional()
                .orElse("none");
    }
}
