package vn.hailong.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hailong.access.AgencyScope;
import vn.hailong.support.Databases;
import vn.hailong.support.Databases.Db;

/** The case queries on H2 and on a real PostgreSQL: scope, status and overdue filters, counts, publication, duplicates, files. */
class FeedbackRepositoryTest {

    static java.util.List<Db> databases() {
        return Databases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void casesAreFilteredScopedCountedAndPublished(Db db) {
        var jdbc = db.jdbc();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String province = "9" + (int) (Math.random() * 9);
        long mine = agency(db, "T-" + suffix + "-A", province);
        long other = agency(db, "T-" + suffix + "-B", province);
        FeedbackRepository repo = new FeedbackRepository(jdbc);
        LocalDateTime now = LocalDateTime.of(2026, 11, 23, 10, 0);

        long late = repo.insert(
                row(mine, "ASSIGNED", now.minusDays(20), now.minusDays(1), "dup-" + suffix, "src-" + suffix));
        long fresh = repo.insert(row(mine, "RECEIVED", now.minusHours(2), now.plusDays(2), null, "src-" + suffix));
        long answered = repo.insert(row(other, "ANSWERED", now.minusDays(10), null, null, null));
        repo.update(
                answered,
                new HashMap<>(Map.of(
                        "answer",
                        "Đã giải quyết.",
                        "published_at",
                        Timestamp.valueOf(now),
                        "answered_at",
                        Timestamp.valueOf(now.minusDays(1)),
                        "public_text",
                        "Phản ánh về chỗ để xe (***)",
                        "satisfied",
                        true)));

        AgencyScope unit = AgencyScope.agency(mine);
        assertThat(repo.list(unit, null, null, null, null, true, now, 100))
                .extracting(FeedbackCase::id)
                .containsExactly(fresh, late);
        assertThat(repo.list(unit, null, null, true, null, true, now, 100))
                .extracting(FeedbackCase::id)
                .containsExactly(late);
        assertThat(repo.list(unit, null, null, false, null, true, now, 100))
                .extracting(FeedbackCase::id)
                .containsExactly(fresh);
        assertThat(repo.list(unit, null, FeedbackStatus.RECEIVED, null, FeedbackChannel.WEB, true, now, 100))
                .extracting(FeedbackCase::id)
                .containsExactly(fresh);
        assertThat(repo.list(unit, other, null, null, null, true, now, 100))
                .as("another agency, out of scope")
                .isEmpty();
        assertThat(repo.list(AgencyScope.NONE, null, null, null, null, true, now, 100))
                .as("fail-closed")
                .isEmpty();
        FeedbackCase c = repo.list(AgencyScope.province(province), null, null, true, null, false, now, 100)
                .get(0);
        assertThat(c.overdue()).isTrue();
        assertThat(c.contactPhone()).as("not personal").isNull();
        assertThat(repo.find(unit, late, true, now).orElseThrow().contactPhone())
                .isEqualTo("0912000111");

        Map<String, Long> counts = repo.counts(AgencyScope.province(province), now);
        assertThat(counts)
                .containsEntry("ASSIGNED", 1L)
                .containsEntry("RECEIVED", 1L)
                .containsEntry("ANSWERED", 1L)
                .containsEntry("OVERDUE", 1L);
        FeedbackRates rates = repo.rates(AgencyScope.province(province), null, now.minusDays(30), now.plusDays(1));
        assertThat(rates).isEqualTo(new FeedbackRates(3, 1, 1, 1, 0));
        assertThat(rates.onTimePercent()).isEqualTo(100.0);
        assertThat(repo.rates(unit, null, now.minusDays(30), now.plusDays(1)).answered())
                .isZero();
        assertThat(repo.overdueToEscalate(now))
                .extracting(FeedbackCase::id)
                .contains(late)
                .doesNotContain(fresh, answered);

        assertThat(repo.published(
                                new PublishedFilter(other, null, null),
                                null,
                                java.util.List.of(),
                                vn.hailong.shared.ListQuery.first(10),
                                null)
                        .items())
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.question()).isEqualTo("Phản ánh về chỗ để xe (***)");
                    assertThat(p.answer()).isEqualTo("Đã giải quyết.");
                });
        assertThat(repo.duplicate("dup-" + suffix, now.minusDays(30))).isTrue();
        assertThat(repo.duplicate("dup-" + suffix, now.minusDays(1))).isFalse();
        assertThat(repo.fromSource("src-" + suffix, now.minusDays(1))).isEqualTo(1);

        byte[] photo = new byte[2_000_000];
        photo[0] = (byte) 0xFF;
        repo.attach(late, "anh.jpg", "image/jpeg", photo);
        Attachment a = repo.attachments(late).get(0);
        assertThat(a.sizeBytes()).isEqualTo(2_000_000);
        assertThat(repo.attachment(late, a.id()).orElseThrow().content()).isEqualTo(photo);
        assertThat(repo.attachment(fresh, a.id()))
                .as("only through its own case")
                .isEmpty();

        repo.event(late, now, "tester", "ESCALATED_LEADER", null);
        assertThat(repo.events(late)).extracting(CaseEvent::action).containsExactly("ESCALATED_LEADER");
        assertThat(repo.agency(mine).orElseThrow().weekend()).isEqualTo("SATURDAY,SUNDAY");
        assertThat(repo.escalationRecipients(mine, 1)).isEmpty();
        assertThat(repo.escalationRecipients(mine, 2)).isEmpty();
    }

    static long agency(Db db, String code, String province) {
        db.jdbc()
                .sql(
                        "insert into agency (code, name, kind, unit_code, province_code) values (:c, :n, 'COMMUNE_PC', '00001', :p)")
                .param("c", code)
                .param("n", "UBND thử " + code)
                .param("p", province)
                .update();
        return db.jdbc()
                .sql("select id from agency where code = :c")
                .param("c", code)
                .query(Long.class)
                .single();
    }

    static Map<String, Object> row(
            long agency, String status, LocalDateTime received, LocalDateTime due, String dup, String source) {
        Map<String, Object> v = new HashMap<>();
        v.put("tracking_code", TrackingCodes.next());
        v.put("category", "COMPLAINT");
        v.put("channel", "WEB");
        v.put("status", status);
        v.put("agency_id", agency);
        v.put("body", "Phải chờ lâu ở quầy số 2.");
        v.put("contact_phone", "0912000111");
        v.put("duplicate_key", dup);
        v.put("source_hash", source);
        v.put("received_at", Timestamp.valueOf(received));
        v.put("decide_due_at", Timestamp.valueOf(received.plusDays(2)));
        v.put("info_due_at", Timestamp.valueOf(received.plusDays(5)));
        v.put("resolve_due_at", Timestamp.valueOf(received.plusDays(19)));
        v.put("due_at", due == null ? null : Timestamp.valueOf(due));
        v.put("answer_token", TrackingCodes.token());
        return v;
    }
}
