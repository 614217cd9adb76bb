package vn.hailong.rating;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hailong.access.CurrentUser;
import vn.hailong.access.Role;
import vn.hailong.access.ScopeGuard;
import vn.hailong.shared.ImportReport;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.RowImport;
import vn.hailong.shared.TableRow;

/**
 * Ratings that citizens made on the National Public Service Portal (Decree 118/2025/NĐ-CP Art. 31(1)(c)), imported from
 * a CSV or XLSX file with the columns {@code portal_id,dossier_code,rated_at,a,b,c,d,dd,e,g,h,i,comment}: the portal's
 * rating id, the dossier code, when it was made ({@code 2026-11-10T09:30} or {@code 10/11/2026 09:30}), the nine
 * contents of Art. 33(1) on the 1..5 scale (blank: not applicable, where the content allows it) and the comment. The
 * portal's own export layout was not available: the columns are HaiLong's, to be checked against the export.
 *
 * <p>Each row is its own transaction; a bad row is reported with its line and reason and loses nothing else. A row
 * already imported (same portal id) is left unchanged, so importing the same file again adds nothing. The ratings
 * count as their own channel, {@code PORTAL}.
 */
@Service
public class PortalRatings {

    static final String FORM = "ART33";
    static final String CHANNEL = "PORTAL";

    /** The content columns, in the file's and the form's order. */
    private static final List<String> CONTENTS = List.of("a", "b", "c", "d", "dd", "e", "g", "h", "i");

    private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("d/M/yyyy H:mm");

    private final Ratings ratings;
    private final RatingRepository repository;
    private final ScopeGuard guard;
    private final TransactionTemplate tx;
    private final MessageSource messages;
    private final Clock clock;

    PortalRatings(
            Ratings ratings,
            RatingRepository repository,
            ScopeGuard guard,
            TransactionTemplate tx,
            MessageSource messages,
            Clock clock) {
        this.ratings = ratings;
        this.repository = repository;
        this.guard = guard;
        this.tx = tx;
        this.messages = messages;
        this.clock = clock;
    }

    /** Imports the file's ratings of dossiers in the caller's scope (one-stop officers, unit leaders, administrators). */
    public ImportReport importFile(String fileName, InputStream in) {
        guard.role(Role.SYSTEM_ADMIN, Role.UNIT_LEADER, Role.ONE_STOP_OFFICER);
        List<RatingItem> items = repository.items(FORM, "vi");
        return RowImport.run(
                fileName,
                in,
                "portal_id",
                row -> tx.execute(s -> take(row, items)),
                e -> messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale()));
    }

    private RowImport.Outcome take(TableRow row, List<RatingItem> items) {
        String id = cell(row, 0);
        if (id.isEmpty() || id.length() > 60) {
            throw new InvalidInputException("rating.portal.badId");
        }
        String key = "portal-" + id;
        if (repository.byIdempotencyKey(key).isPresent()) {
            return RowImport.Outcome.UNCHANGED;
        }
        String code = cell(row, 1);
        RatingTarget dossier = repository
                .dossier(CurrentUser.scope(), code)
                .orElseThrow(() -> new InvalidInputException("rating.portal.unknownDossier", code));
        if (dossier.alreadyRated()) {
            throw new InvalidInputException("rating.portal.alreadyRated", code);
        }
        LocalDateTime at = when(cell(row, 2));
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < CONTENTS.size(); i++) {
            answers.add(new Answer(items.get(i).code(), score(cell(row, 3 + i), items.get(i), CONTENTS.get(i))));
        }
        String comment = cell(row, 3 + CONTENTS.size());
        if (comment.length() > 2000) {
            throw new InvalidInputException("rating.portal.commentTooLong");
        }
        ratings.storePortal(dossier, answers, comment.isEmpty() ? null : comment, key, at);
        return RowImport.Outcome.IMPORTED;
    }

    private LocalDateTime when(String text) {
        LocalDateTime at;
        try {
            at = text.contains("/") ? LocalDateTime.parse(text, VN) : LocalDateTime.parse(text.replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("rating.portal.badTime", text);
        }
        if (at.isAfter(LocalDateTime.now(clock))) {
            throw new InvalidInputException("rating.portal.futureTime", text);
        }
        return at;
    }

    private static Integer score(String text, RatingItem item, String content) {
        if (text.isEmpty()) {
            if (!item.allowsNotApplicable()) {
                throw new InvalidInputException("rating.portal.missing", letter(content));
            }
            return null;
        }
        try {
            int v = Integer.parseInt(text);
            if (v >= 1 && v <= 5) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException("rating.portal.badScore", letter(content), text);
    }

    private static String letter(String content) {
        return content.equals("dd") ? "đ" : content;
    }

    private static String cell(TableRow row, int i) {
        String c = row.cell(i);
        return c == null ? "" : c.trim();
    }
}
