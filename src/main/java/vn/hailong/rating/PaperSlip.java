package vn.hailong.rating;

import java.time.LocalDateTime;
import java.util.List;

/** A paper slip keyed in one by one (channel PAPER): its rating, dossier, time, answers and who keyed it. */
public record PaperSlip(
        long ratingId, String dossierCode, LocalDateTime keyedAt, List<Answer> answers, String keyedBy) {}
