package vn.hailong.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hailong.access.AgencyScope;
import vn.hailong.dossier.DossierLookup;
import vn.hailong.support.Databases;
import vn.hailong.support.Databases.Db;

/** The survey SQL on H2 and PostgreSQL: questionnaires round-trip, candidates, invitations, progress and respondents, scoped. */
class SurveyRepositoryTest {

    static List<Db> databases() {
        return Databases.all();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void questionnaireCampaignAndResponses(Db db) {
        String tag = "s" + System.nanoTime();
        var questionnaires = new QuestionnaireRepository(db.jdbc());
        Questionnaire q = new Questionnaire(
                tag,
                1,
                "Thử",
                Questionnaire.DRAFT,
                "survey",
                List.of(
                        new Section(
                                "A",
                                "Chung",
                                null,
                                List.of(new SurveyItem(
                                        "GOP_Y", "Góp ý?", ItemType.YES_NO, List.of(), false, IndexRole.NONE))),
                        new Section(
                                "F1",
                                "Yếu tố 1",
                                new Condition("GOP_Y", "YES"),
                                List.of(
                                        new SurveyItem(
                                                "C1",
                                                "Tiêu chí 1",
                                                ItemType.SATISFACTION,
                                                List.of(),
                                                true,
                                                IndexRole.CRITERION),
                                        new SurveyItem(
                                                "M",
                                                "Mong muốn",
                                                ItemType.EXPECTATION,
                                                List.of("Một", "Hai"),
                                                false,
                                                IndexRole.NONE)))));
        long qid = questionnaires.insert(q, 1, Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(questionnaires.load(qid).orElseThrow()).isEqualTo(q);
        questionnaires.publish(qid, Instant.parse("2026-11-02T00:00:00Z"));
        assertThat(questionnaires.latest(tag).orElseThrow()).containsExactly(qid, 1, 1);

        db.jdbc()
                .sql("insert into service_field (code, name_vi, name_en) values (:c, 'Lĩnh vực thử', 'Test field')")
                .param("c", tag)
                .update();
        db.jdbc().sql("""
                insert into admin_procedure (code, name, search_name, field_code, duration, duration_unit)
                values (:c, 'Thủ tục thử', 'thu tuc thu', :c, 3, 'WORKING_DAYS')""").param("c", tag).update();
        db.jdbc()
                .sql(
                        "insert into agency (code, name, kind, unit_code, province_code) values (:c, 'UBND Phường Thử', 'COMMUNE_PC', '06685', '22')")
                .param("c", tag)
                .update();
        long agency = db.jdbc()
                .sql("select id from agency where code = :c")
                .param("c", tag)
                .query(Long.class)
                .single();
        LocalDateTime t = LocalDateTime.of(2026, 9, 10, 9, 0);
        for (int i = 0; i < 5; i++) {
            db.jdbc()
                    .sql("""
                    insert into dossier (code, agency_id, procedure_code, field_code, channel, status, applicant_name, applicant_phone,
                        applicant_email, received_at, due_at, original_due_at, returned_at, created_at)
                    values (:code, :a, :p, :p, 1, 10, 'Người thử', :phone, :email, :t, :t, :t, :r, :t)""")
                    .param("code", tag + "-" + i)
                    .param("a", agency)
                    .param("p", tag)
                    .param("phone", i == 3 ? null : i == 4 ? "0900000001" : "090000000" + i)
                    .param("email", i == 3 ? "A@B.VN" : null)
                    .param("t", Timestamp.valueOf(t))
                    .param("r", Timestamp.valueOf(t.plusDays(i)))
                    .update();
        }
        var campaigns = new CampaignRepository(db.jdbc());
        AgencyScope mine = AgencyScope.agency(agency);
        assertThat(campaigns.agencies(List.of(agency), mine)).containsOnlyKeys(agency);
        assertThat(campaigns.agencies(List.of(agency), AgencyScope.NONE)).isEmpty();
        long id = campaigns.insert(
                new NewCampaign(
                        "Thử",
                        tag,
                        1,
                        LocalDate.of(2026, 11, 1),
                        LocalDate.of(2026, 12, 31),
                        List.of(agency),
                        null,
                        null,
                        null,
                        null,
                        1L),
                qid,
                "22",
                LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 9, 30),
                12,
                1L,
                "OPEN",
                t,
                "test");
        campaigns.insertUnit(id, agency, 3);
        List<Candidate> candidates = candidates(db, campaigns, agency, t.minusMonths(12));
        // Five dossiers, one phone twice (dossiers 1 and 4: the later kept), one by e-mail (lower-cased).
        assertThat(candidates)
                .extracting(Candidate::contact)
                .containsExactly("0900000001", "a@b.vn", "0900000002", "0900000000");
        campaigns.insertInvitation(id, agency, candidates.get(0), tag + "-t", t, t.plusMonths(2));
        assertThat(candidates(db, campaigns, agency, t.minusMonths(12)))
                .as("invited in the last months")
                .hasSize(3);

        var responses = new ResponseRepository(db.jdbc());
        Invitation inv = responses.invitation(tag + "-t").orElseThrow();
        assertThat(inv.agencyName()).isEqualTo("UBND Phường Thử");
        long r1 = responses.insert(tag + "-k1", id, agency, inv.id(), "LINK", t);
        responses.insertAnswer(r1, "GOP_Y", null, "YES");
        responses.insertAnswer(r1, "C1", 5, null);
        responses.insertAnswer(r1, "M", null, "1,2");
        assertThat(campaigns.pending(id, mine, t.plusDays(1), t.plusDays(1), 2))
                .extracting(CampaignRepository.Pending::token)
                .containsExactly(tag + "-t");
        assertThat(campaigns.pending(id, mine, t.plusDays(1), t.minusDays(1), 2))
                .as("invited too recently")
                .isEmpty();
        campaigns.reminded(inv.id(), t);
        assertThat(campaigns.pending(id, mine, t.plusDays(1), t.plusDays(1), 1))
                .as("reminded once already")
                .isEmpty();
        assertThat(campaigns.pending(id, AgencyScope.province("01"), t.plusDays(1), t.plusDays(1), 2))
                .isEmpty();
        assertThat(responses.markResponded(inv.id(), t)).isEqualTo(1);
        assertThat(responses.markResponded(inv.id(), t)).isZero();
        long r2 = responses.insert(tag + "-k2", id, agency, null, "PAPER", t);
        responses.insertAnswer(r2, "C1", null, "NA");
        assertThat(responses.byKey(tag + "-k1")).contains(r1);

        assertThat(campaigns.progress(id, mine))
                .containsExactly(new UnitProgress(agency, "UBND Phường Thử", 3, 1, 2, 100.0, 66.67, 0, 0));
        assertThat(campaigns.progress(id, AgencyScope.province("01"))).isEmpty();
        assertThat(campaigns.list(mine)).extracting(Campaign::id).containsExactly(id);
        assertThat(responses.respondents(id, mine))
                .extracting(Respondent::scores)
                .containsExactlyInAnyOrder(Map.of("C1", 5), Map.of());
        assertThat(responses.answers(id, "M", mine)).containsExactly("1,2");
        assertThat(responses.rows(id, mine)).hasSize(2).first().satisfies(row -> {
            assertThat(row.answers())
                    .containsEntry("C1", "5")
                    .containsEntry("GOP_Y", "YES")
                    .containsEntry("M", "1,2");
        });
        assertThat(responses.rows(id, mine).get(1).answers()).containsExactly(Map.entry("C1", "NA"));
        assertThat(responses.rows(id, AgencyScope.province("01"))).isEmpty();

        // Paper forms: two entries, locked while compared, then the response.
        var paper = new PaperRepository(db.jdbc());
        assertThat(paper.lock(id, "P1")).isEmpty();
        long form = paper.insertForm(id, "P1", agency);
        paper.insertEntry(form, 1, agency, "a", t, Map.of("C1", "5", "M", "1,2"));
        paper.insertEntry(form, 2, agency, "b", t, Map.of("C1", "4"));
        assertThat(paper.lock(id, "P1").orElseThrow().status()).isEqualTo("FIRST");
        assertThat(paper.entries(form)).extracting(PaperRepository.Entry::by).containsExactly("a", "b");
        assertThat(PaperForms.compare(
                        paper.entries(form).get(0), paper.entries(form).get(1)))
                .containsExactly(new PaperForm.Mismatch("C1", "5", "4"), new PaperForm.Mismatch("M", "1,2", ""));
        paper.status(form, "MISMATCH", null, null, null);
        paper.status(form, "RESOLVED", r2, "c", t);
        assertThat(paper.find(id, "P1", mine).orElseThrow())
                .extracting(
                        PaperRepository.Row::status, PaperRepository.Row::responseId, PaperRepository.Row::resolvedBy)
                .containsExactly("RESOLVED", r2, "c");
        assertThat(paper.list(id, AgencyScope.province("01"))).isEmpty();

        campaigns.close(id, t);
        assertThat(campaigns.find(id, mine).orElseThrow().status()).isEqualTo("CLOSED");
    }

    /** Candidates as Campaigns draws them: the dossier module's returned applicants less the recently invited. */
    private static List<Candidate> candidates(Db db, CampaignRepository campaigns, long agency, LocalDateTime since) {
        return Candidate.drawable(
                new DossierLookup(db.jdbc())
                        .returnedWithContact(
                                agency, LocalDateTime.of(2026, 9, 1, 0, 0), LocalDateTime.of(2026, 10, 1, 0, 0)),
                campaigns.invitedSince(since));
    }
}
