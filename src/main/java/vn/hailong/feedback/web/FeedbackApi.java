package vn.hailong.feedback.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.hailong.feedback.FeedbackAction;
import vn.hailong.feedback.FeedbackCase;
import vn.hailong.feedback.FeedbackCases;
import vn.hailong.feedback.FeedbackCommand;
import vn.hailong.feedback.FeedbackIntake;
import vn.hailong.feedback.NewFeedback;
import vn.hailong.feedback.PublicStatus;
import vn.hailong.feedback.SubmissionGuard;
import vn.hailong.shared.ListPage;
import vn.hailong.shared.ListParams;
import vn.hailong.shared.NotFoundException;

@RestController
@Tag(
        name = "Góp ý, phản ánh / Feedback",
        description = "Submit and follow by tracking code (public, rate-limited); list and act (scoped)")
class FeedbackApi {

    private final FeedbackIntake intake;
    private final FeedbackCases cases;

    FeedbackApi(FeedbackIntake intake, FeedbackCases cases) {
        this.intake = intake;
        this.cases = cases;
    }

    @PostMapping("/api/v1/feedback")
    @Operation(
            summary = "Submit a suggestion, complaint, petition or praise; contact optional; answers the tracking code")
    ResponseEntity<Map<String, String>> submit(@Valid @RequestBody NewFeedback in, HttpServletRequest request) {
        var receipt = intake.submit(in, List.of(), request.getRemoteAddr(), SubmissionGuard.Answer.NONE);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("trackingCode", receipt.trackingCode()));
    }

    @GetMapping("/api/v1/feedback/{trackingCode}")
    @Operation(summary = "The status of a case by its tracking code (no personal data)")
    PublicStatus status(@PathVariable String trackingCode) {
        return cases.status(trackingCode);
    }

    @GetMapping("/api/v1/feedback")
    @Operation(
            summary = "Cases of the caller's agencies, newest first: filter by agency, status, overdue, channel and"
                    + " category; search q (tracking code with or without dashes; sender's name without diacritics"
                    + " and last phone digits for roles that see personal data); keyset pages (limit, cursor) with"
                    + " the total of all matches")
    ListPage<FeedbackCase> list(@ParameterObject FeedbackListQuery query, @ParameterObject ListParams paging) {
        return cases.page(query.filter(), paging.page(200), null);
    }

    @PostMapping("/api/v1/feedback/{id}/{action}")
    @Operation(
            summary =
                    "A step: accept, reject, assign, request-info, answer, publish, close, reopen, spam; answers the case")
    FeedbackCase act(
            @PathVariable long id,
            @PathVariable String action,
            @Valid @RequestBody(required = false) FeedbackCommand in) {
        FeedbackAction a = FeedbackAction.ofPath(action)
                .orElseThrow(() -> new NotFoundException("feedback.unknownAction", action));
        cases.act(id, a, in);
        return cases.get(id);
    }
}
