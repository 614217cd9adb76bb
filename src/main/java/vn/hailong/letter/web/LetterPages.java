package vn.hailong.letter.web;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hailong.access.CurrentUser;
import vn.hailong.letter.Letter;
import vn.hailong.letter.LetterFilter;
import vn.hailong.letter.LetterKind;
import vn.hailong.letter.LetterStatus;
import vn.hailong.letter.Letters;
import vn.hailong.organization.Agencies;
import vn.hailong.shared.ListParams;
import vn.hailong.shared.ListQuery;
import vn.hailong.shared.pdf.PdfRenderer;
import vn.hailong.shared.web.Flash;

/** Letters: drafts to edit, the leader's (batch) approval, printing, and the monthly log. */
@Controller
class LetterPages {

    private final Letters letters;
    private final Agencies agencies;
    private final PdfRenderer pdf;
    private final MessageSource messages;

    LetterPages(Letters letters, Agencies agencies, PdfRenderer pdf, MessageSource messages) {
        this.letters = letters;
        this.agencies = agencies;
        this.pdf = pdf;
        this.messages = messages;
    }

    @GetMapping("/thu")
    String list(LetterFilter filter, ListParams paging, Model model) {
        ListQuery query = paging.page(ListQuery.PAGE_LIMIT);
        model.addAttribute("filter", filter);
        model.addAttribute("query", query);
        model.addAttribute("page", letters.page(filter, query, Letters.PAGE_COUNT_CAP));
        model.addAttribute("kinds", LetterKind.values());
        model.addAttribute("statuses", LetterStatus.values());
        model.addAttribute("log", letters.monthlyLog());
        return "letter/list";
    }

    @GetMapping("/thu/{id}")
    String page(@PathVariable long id, Model model) {
        model.addAttribute("l", letters.get(id));
        // Users who see names masked read the draft; editing it would store the masked copy.
        model.addAttribute("mayEdit", CurrentUser.mayReadPersonalData());
        return "letter/page";
    }

    @PostMapping("/thu/{id}")
    String edit(
            @PathVariable long id,
            @RequestParam(required = false) String personName,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime newDueAt,
            @RequestParam String body,
            RedirectAttributes redirect) {
        return act(id, () -> letters.edit(id, personName, reason, newDueAt, body), redirect);
    }

    @PostMapping("/thu/{id}/duyet")
    String approve(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, () -> letters.approve(id), redirect);
    }

    @PostMapping("/thu/{id}/da-in")
    String printed(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, () -> letters.markPrinted(id), redirect);
    }

    @PostMapping("/thu/duyet")
    String approveAll(@RequestParam(required = false) List<Long> ids, RedirectAttributes redirect) {
        List<Long> chosen = ids == null ? List.of() : ids;
        Locale locale = LocaleContextHolder.getLocale();
        Map<Long, String> refused =
                letters.approveAll(chosen, e -> messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
        redirect.addFlashAttribute("approved", chosen.size() - refused.size());
        redirect.addFlashAttribute(
                "refused",
                refused.entrySet().stream()
                        .map(e -> new Refused(e.getKey(), describe(e.getKey()), e.getValue()))
                        .toList());
        return "redirect:/thu";
    }

    @GetMapping("/thu/{id}/thu.pdf")
    ResponseEntity<byte[]> print(@PathVariable long id) {
        Letter l = letters.get(id);
        var head = agencies.letterhead(l.agencyId());
        Map<String, Object> model = new HashMap<>();
        model.put("agencyParent", head.agencyParent());
        model.put("agencyName", head.agencyName());
        model.put("place", head.place());
        model.put("date", (l.sentAt() != null ? l.sentAt() : l.createdAt()).toLocalDate());
        model.put("title", l.title());
        List<String> lines = Arrays.stream(l.printableBody().split("\\R"))
                .filter(s -> !s.isBlank())
                .toList();
        String leader = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        model.put("lines", lines.size() > 2 ? lines.subList(0, lines.size() - 2) : lines);
        model.put("leader", leader.replaceFirst("^Chủ tịch ", ""));
        byte[] bytes = pdf.render("letter", model, Locale.forLanguageTag("vi"));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(bytes);
    }

    /** A draft the batch left for later: which one, and what it still needs. */
    record Refused(long id, String letter, String reason) implements java.io.Serializable {}

    private String describe(long id) {
        Letter l = letters.get(id);
        return l.recipientName() + (l.dossierCode() == null ? "" : " (" + l.dossierCode() + ")");
    }

    private String act(long id, Runnable action, RedirectAttributes redirect) {
        Flash.attempt(redirect, action);
        return "redirect:/thu/" + id;
    }
}
