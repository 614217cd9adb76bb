package vn.hailong.feedback.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hailong.feedback.Attachment;
import vn.hailong.feedback.FeedbackAction;
import vn.hailong.feedback.FeedbackCase;
import vn.hailong.feedback.FeedbackCases;
import vn.hailong.feedback.FeedbackCategory;
import vn.hailong.feedback.FeedbackChannel;
import vn.hailong.feedback.FeedbackCommand;
import vn.hailong.feedback.FeedbackFilter;
import vn.hailong.feedback.FeedbackStatus;
import vn.hailong.feedback.Topics;
import vn.hailong.organization.Agencies;
import vn.hailong.shared.ListParams;
import vn.hailong.shared.ListQuery;
import vn.hailong.shared.NotFoundException;
import vn.hailong.shared.web.Flash;

/** The staff's case list ({@code /phan-anh}) and case page with its clocks, timeline and actions. */
@Controller
class CasePages {

    private final FeedbackCases cases;
    private final Topics topics;
    private final Agencies agencies;
    private final java.time.Clock clock;

    CasePages(FeedbackCases cases, Topics topics, Agencies agencies, java.time.Clock clock) {
        this.clock = clock;
        this.cases = cases;
        this.topics = topics;
        this.agencies = agencies;
    }

    /** The old list of low ratings: they are feedback cases now (channel RATING). */
    @GetMapping("/danh-gia-thap")
    String lowRatings() {
        return "redirect:/phan-anh?channel=RATING";
    }

    @GetMapping("/phan-anh")
    String list(FeedbackListQuery params, ListParams paging, Model model) {
        FeedbackFilter filter = params.filter();
        ListQuery query = paging.page(ListQuery.PAGE_LIMIT);
        model.addAttribute("filter", filter);
        model.addAttribute("query", query);
        model.addAttribute("page", cases.page(filter, query, FeedbackCases.PAGE_COUNT_CAP));
        model.addAttribute("counts", cases.counts());
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        model.addAttribute("rates", cases.rates(today.minusMonths(12).plusDays(1), today, filter.agency()));
        model.addAttribute("agencies", agencies.visible(null));
        model.addAttribute("statuses", FeedbackStatus.values());
        model.addAttribute("channels", FeedbackChannel.values());
        model.addAttribute("categories", FeedbackCategory.values());
        return "feedback/list";
    }

    @GetMapping("/phan-anh/{id}")
    String page(@PathVariable long id, Model model) {
        FeedbackCase c = cases.get(id);
        model.addAttribute("c", c);
        model.addAttribute("draft", cases.publicDraft(c));
        model.addAttribute("deadlines", cases.deadlines(c));
        model.addAttribute("events", cases.events(id));
        model.addAttribute("attachments", cases.attachments(id));
        model.addAttribute("tags", topics.tag(c.body()));
        model.addAttribute("topicNames", topics.dictionary());
        model.addAttribute("agencies", agencies.visible(null));
        return "feedback/page";
    }

    @PostMapping("/phan-anh/{id}/{action}")
    String act(
            @PathVariable long id,
            @PathVariable String action,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) Long agencyId,
            @RequestParam(required = false) String officer,
            @RequestParam(required = false) String publicAnswer,
            RedirectAttributes redirect) {
        FeedbackAction a = FeedbackAction.ofPath(action)
                .orElseThrow(() -> new NotFoundException("feedback.unknownAction", action));
        Flash.attempt(redirect, () -> cases.act(id, a, new FeedbackCommand(text, agencyId, officer, publicAnswer)));
        return "redirect:/phan-anh/" + id;
    }

    @vn.hailong.shared.StoredFile
    @GetMapping("/phan-anh/{id}/tep/{attachment}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachment) {
        Attachment a = cases.attachment(id, attachment);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(a.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(a.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(a.content());
    }
}
