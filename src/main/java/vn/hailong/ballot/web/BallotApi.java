package vn.hailong.ballot.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.YearMonth;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hailong.ballot.BallotBox;
import vn.hailong.ballot.BallotBoxes;
import vn.hailong.ballot.BallotMinutes;
import vn.hailong.ballot.BallotSession;
import vn.hailong.ballot.BallotSessions;
import vn.hailong.ballot.SessionDetail;
import vn.hailong.ballot.Tally;
import vn.hailong.ballot.TallyEntry;
import vn.hailong.shared.ItemList;
import vn.hailong.shared.ListPage;
import vn.hailong.shared.ListParams;

@RestController
@Tag(
        name = "Hòm phiếu / Ballot boxes",
        description = "Boxes, monthly openings, tallies and minutes, in the caller's scope")
class BallotApi {

    private final BallotBoxes boxes;
    private final BallotSessions sessions;
    private final TallyEntry tallies;
    private final BallotMinutes minutes;
    private final Clock clock;

    BallotApi(BallotBoxes boxes, BallotSessions sessions, TallyEntry tallies, BallotMinutes minutes, Clock clock) {
        this.boxes = boxes;
        this.sessions = sessions;
        this.tallies = tallies;
        this.minutes = minutes;
        this.clock = clock;
    }

    @GetMapping("/api/v1/ballot/boxes")
    @Operation(
            summary = "Ballot boxes of an agency (or of all the caller's agencies) with their current seal and status")
    ItemList<BallotBox> boxes(@RequestParam(required = false) Long agency) {
        return ItemList.of(boxes.boxes(agency));
    }

    @GetMapping("/api/v1/ballot/sessions")
    @Operation(
            summary =
                    "Openings of a month (YYYY-MM, default the current month; blank: every month), with counts and the"
                            + " response rate: filter by agency, desk, status (DUE, ENTERED, CHECKED, CLOSED) and overdue;"
                            + " sort by date (default, latest first) or unit; keyset pages (limit, cursor) with the total of"
                            + " all matches")
    ListPage<BallotSession> sessions(@ParameterObject SessionListQuery query, @ParameterObject ListParams paging) {
        return sessions.page(query.filter(query.month(YearMonth.now(clock))), paging.page(200), null);
    }

    @PostMapping("/api/v1/ballot/sessions/{id}/tally")
    @Operation(
            summary =
                    "Record the opening: committee, seals, counts (valid + invalid = found) and per-item counts of the slips without a dossier code")
    SessionDetail tally(
            @PathVariable long id,
            @RequestBody Tally tally,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String earlyReason) {
        return tallies.tally(id, tally, earlyReason);
    }

    @GetMapping("/api/v1/ballot/sessions/{id}/minutes.pdf")
    @Operation(summary = "The minutes (Biên bản mở hòm phiếu) as PDF")
    ResponseEntity<byte[]> minutes(@PathVariable long id) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"bien-ban-mo-hom-phieu-" + id + ".pdf\"")
                .body(minutes.render(id));
    }
}
