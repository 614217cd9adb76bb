package vn.hailong.rating;

import jakarta.annotation.PreDestroy;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import vn.hailong.access.AuditLog;
import vn.hailong.rating.Ratings.Receipt;
import vn.hailong.shared.ConflictException;
import vn.hailong.shared.GroupCommit;
import vn.hailong.shared.GroupCommit.Slot;

/**
 * Stores validated ratings by group commit ({@link GroupCommit}): the ratings that arrive within a few milliseconds
 * are written together — ratings, answers and audit rows in multi-row inserts, the rollups' pending rows and the
 * rated-on-return counts once before the commit — in one transaction, and each request is answered only after that
 * commit. Two copies of one submission in one batch are stored once (the second answers with the first's id); a
 * second rating of a dossier at the same moment in the same batch is refused alone.
 */
@Component
class RatingWriter {

    /** A rating checked against its token or device and its form, ready to be stored. */
    record Prepared(
            String key,
            Long dossierId,
            String dossierCode,
            long agencyId,
            Long officerId,
            String channel,
            boolean low,
            String comment,
            LocalDateTime at,
            String unitCode,
            Long deskId,
            String procedureCode,
            String fieldCode,
            String formCode,
            String instrument,
            List<Answer> answers,
            Long deviceId,
            String keyedBy,
            String actor,
            Long receivingAgencyId,
            vn.hailong.dossier.RatingMoment moment) {

        RatingReceived received(long id) {
            return new RatingReceived(
                    id,
                    dossierId,
                    dossierCode,
                    agencyId,
                    officerId,
                    channel,
                    low,
                    comment,
                    at,
                    unitCode,
                    deskId,
                    procedureCode,
                    fieldCode,
                    formCode,
                    instrument,
                    answers);
        }

        Map<String, Object> audited() {
            Map<String, Object> audited = new HashMap<>();
            audited.put("dossier", dossierId);
            audited.put("channel", channel);
            audited.put("moment", moment);
            audited.put("low", low);
            audited.put("keyedBy", keyedBy);
            return audited;
        }
    }

    private final RatingRepository ratings;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final GroupCommit<Prepared, Receipt> commits;

    RatingWriter(
            RatingRepository ratings,
            AuditLog audit,
            ApplicationEventPublisher events,
            PlatformTransactionManager tm,
            RatingProperties properties) {
        var group = properties.groupCommit();
        this.ratings = ratings;
        this.audit = audit;
        this.events = events;
        this.commits =
                new GroupCommit<>("rating-commit", tm, this::write, group.writers(), group.window(), group.max());
    }

    /** Stores a rating with the others of its batch; returns once they are committed. */
    Receipt submit(Prepared rating) {
        return commits.submit(rating);
    }

    /** Stores ratings in the caller's transaction (a paper slip, or a batch of the group commit); returns their ids. */
    List<Long> store(List<Prepared> batch) {
        Map<String, Long> ids = ratings.insertAll(batch);
        List<Long> inOrder = batch.stream().map(p -> ids.get(p.key())).toList();
        ratings.answersAll(inOrder, batch);
        Map<String, Map<Long, Object>> auditedByActor = new LinkedHashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            auditedByActor
                    .computeIfAbsent(batch.get(i).actor(), a -> new LinkedHashMap<>())
                    .put(inOrder.get(i), batch.get(i).audited());
        }
        auditedByActor.forEach((actor, audited) -> audit.recordAll("rating", "CREATE", actor, audited));
        for (int i = 0; i < batch.size(); i++) {
            events.publishEvent(batch.get(i).received(inOrder.get(i)));
        }
        return inOrder;
    }

    private void write(List<Slot<Prepared, Receipt>> batch) {
        Map<String, Slot<Prepared, Receipt>> firstByKey = new LinkedHashMap<>();
        Map<String, String> keyByDossier = new HashMap<>(); // by dossier and moment
        List<Slot<Prepared, Receipt>> copies = new ArrayList<>();
        for (Slot<Prepared, Receipt> slot : batch) {
            Prepared p = slot.item();
            if (firstByKey.containsKey(p.key())) {
                copies.add(slot);
            } else if (p.dossierId() != null && keyByDossier.containsKey(p.dossierId() + "/" + p.moment())) {
                slot.fail(new ConflictException("rating.alreadyRated"));
            } else {
                firstByKey.put(p.key(), slot);
                if (p.dossierId() != null) {
                    keyByDossier.put(p.dossierId() + "/" + p.moment(), p.key());
                }
            }
        }
        if (firstByKey.isEmpty()) {
            return;
        }
        List<Slot<Prepared, Receipt>> firsts = List.copyOf(firstByKey.values());
        List<Long> ids = store(firsts.stream().map(Slot::item).toList());
        for (int i = 0; i < firsts.size(); i++) {
            firsts.get(i).succeed(new Receipt(ids.get(i), false));
        }
        for (Slot<Prepared, Receipt> copy : copies) {
            copy.succeed(new Receipt(
                    ids.get(firsts.indexOf(firstByKey.get(copy.item().key()))), true));
        }
    }

    @PreDestroy
    void stop() {
        commits.close();
    }
}
