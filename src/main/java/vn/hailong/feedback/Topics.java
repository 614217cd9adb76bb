package vn.hailong.feedback;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hailong.access.AgencyScope;
import vn.hailong.access.AuditLog;
import vn.hailong.access.CurrentUser;
import vn.hailong.access.Role;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.NotFoundException;
import vn.hailong.shared.Texts;
import vn.hailong.shared.VietnameseText;

/**
 * Comment analysis: tags feedback texts and rating comments with topics from an editable Vietnamese
 * keyword dictionary, without diacritics ("cho lau" finds "chờ lâu") and on whole words, and counts
 * them per unit and period.
 */
@Service
public class Topics {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    private final vn.hailong.access.ScopeGuard guard;

    Topics(JdbcClient jdbc, AuditLog audit, vn.hailong.access.ScopeGuard guard) {
        this.guard = guard;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public List<Topic> dictionary() {
        Map<String, Topic> topics = new LinkedHashMap<>();
        jdbc.sql("select code, name_vi, name_en from feedback_topic order by code")
                .query(rs -> {
                    topics.put(
                            rs.getString(1),
                            new Topic(rs.getString(1), rs.getString(2), rs.getString(3), new ArrayList<>()));
                });
        jdbc.sql("select id, topic_code, keyword, folded from feedback_keyword order by keyword")
                .query(rs -> {
                    Topic t = topics.get(rs.getString(2));
                    t.keywords().add(new Topic.Keyword(rs.getLong(1), rs.getString(3), rs.getString(4)));
                });
        return List.copyOf(topics.values());
    }

    /** The topics a text mentions, in dictionary order. */
    public Set<String> tag(String text) {
        return tag(text, dictionary());
    }

    static Set<String> tag(String text, List<Topic> dictionary) {
        String folded = words(text);
        Set<String> found = new LinkedHashSet<>();
        for (Topic t : dictionary) {
            for (Topic.Keyword k : t.keywords()) {
                if (folded.contains(" " + k.folded() + " ")) {
                    found.add(t.code());
                    break;
                }
            }
        }
        return found;
    }

    /**
     * A text's words without diacritics, one space between them and one on each side (" cho lau "), so that a
     * keyword is found as whole words; stored beside a published question for the public list's search and topics.
     */
    static String words(String text) {
        return " " + VietnameseText.fold(text).replaceAll("[^a-z0-9]+", " ").trim() + " ";
    }

    /** The folded keywords of a topic (none for an unknown topic). */
    List<String> keywords(String topic) {
        return dictionary().stream()
                .filter(t -> t.code().equals(topic))
                .flatMap(t -> t.keywords().stream().map(Topic.Keyword::folded))
                .toList();
    }

    /** Counts per unit (in the caller's scope) and topic of texts received from {@code from} to {@code to} inclusive. */
    public List<TopicCount> counts(LocalDate from, LocalDate to, Long agency) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("rating.badPeriod");
        }
        List<Topic> dictionary = dictionary();
        AgencyScope scope = CurrentUser.scope();
        Map<String, long[]> counts = new TreeMap<>();
        Map<Long, String> names = new java.util.HashMap<>();
        String filter = " and (cast(:agency as bigint) is null or a.id = :agency) and " + scope.predicate("a");
        for (int source = 0; source < 2; source++) {
            String sql = source == 0
                    ? "select a.id, a.name, f.body from feedback_case f join agency a on a.id = f.agency_id where f.status <> 'SPAM'"
                            + " and f.received_at >= :from and f.received_at < :to" + filter
                    : "select a.id, a.name, r.comment from rating r join agency a on a.id = r.agency_id where r.comment is not null"
                            + " and r.created_at >= :from and r.created_at < :to" + filter;
            int index = source;
            jdbc.sql(sql)
                    .params(scope.parameters())
                    .param("agency", agency)
                    .param("from", Timestamp.valueOf(from.atStartOfDay()))
                    .param("to", Timestamp.valueOf(to.plusDays(1).atStartOfDay()))
                    .query(rs -> {
                        long id = rs.getLong(1);
                        names.putIfAbsent(id, rs.getString(2));
                        for (String topic : tag(rs.getString(3), dictionary)) {
                            counts.computeIfAbsent(id + "|" + topic, k -> new long[2])[index]++;
                        }
                    });
        }
        List<TopicCount> out = new ArrayList<>();
        counts.forEach((key, n) -> {
            long id = Long.parseLong(key.substring(0, key.indexOf('|')));
            out.add(new TopicCount(id, names.get(id), key.substring(key.indexOf('|') + 1), n[0], n[1]));
        });
        out.sort(java.util.Comparator.comparing(TopicCount::agencyName).thenComparing(c -> -c.total()));
        return out;
    }

    @Transactional
    public void addKeyword(String topic, String keyword) {
        requireAdmin();
        String k = Texts.blankToNull(keyword);
        if (k == null
                || k.length() > 120
                || VietnameseText.fold(k).replaceAll("[^a-z0-9 ]", "").isBlank()) {
            throw new InvalidInputException("topic.keywordRequired");
        }
        if (dictionary().stream().noneMatch(t -> t.code().equals(topic))) {
            throw new NotFoundException("topic.notFound", topic);
        }
        String folded = VietnameseText.fold(k).replaceAll("[^a-z0-9]+", " ").trim();
        if (jdbc.sql("select count(*) from feedback_keyword where topic_code = :t and folded = :f")
                        .param("t", topic)
                        .param("f", folded)
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        jdbc.sql("insert into feedback_keyword (topic_code, keyword, folded) values (:t, :k, :f)")
                .param("t", topic)
                .param("k", k)
                .param("f", folded)
                .update();
        audit.record("feedback_keyword", topic, "CREATE", null, Map.of("keyword", k));
    }

    @Transactional
    public void removeKeyword(long id) {
        requireAdmin();
        int n = jdbc.sql("delete from feedback_keyword where id = :id")
                .param("id", id)
                .update();
        if (n == 0) {
            throw new NotFoundException("topic.notFound", id);
        }
        audit.record("feedback_keyword", id, "DELETE", null, null);
    }

    private void requireAdmin() {
        guard.role("topic.adminOnly", Role.SYSTEM_ADMIN, Role.PROVINCIAL_OFFICIAL);
    }
}
