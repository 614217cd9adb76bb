package vn.hailong.rating.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.hailong.rating.Answer;
import vn.hailong.rating.NewRating;
import vn.hailong.rating.RatingForm;
import vn.hailong.rating.RatingItem;
import vn.hailong.rating.Ratings;
import vn.hailong.shared.InvalidInputException;

/** The citizen's page behind the QR code: tiny, no script, large type, one form post. */
@Controller
class CitizenRatingPage {

    private final Ratings ratings;

    CitizenRatingPage(Ratings ratings) {
        this.ratings = ratings;
    }

    @GetMapping("/r/{token}")
    String form(@PathVariable String token, Model model) {
        try {
            if (ratings.alreadyRated(token)) {
                return message(model, "rating.alreadyRated");
            }
            model.addAttribute(
                    "form", ratings.form(token, LocaleContextHolder.getLocale().getLanguage()));
            model.addAttribute("token", token);
            model.addAttribute("key", UUID.randomUUID().toString());
            return "rating/form";
        } catch (InvalidInputException e) {
            return message(model, e.messageKey());
        }
    }

    @GetMapping("/danh-gia")
    String byCode() {
        return "rating/by-code";
    }

    /** The web channel: the dossier code from the receipt and the last four digits of the applicant's phone. */
    @PostMapping("/danh-gia")
    String byCode(
            @RequestParam(required = false) String code, @RequestParam(required = false) String phone, Model model) {
        var token = ratings.tokenFor(code, phone);
        if (token.isEmpty()) {
            model.addAttribute("code", code);
            model.addAttribute("errorKey", "rating.byCode.notFound");
            return "rating/by-code";
        }
        model.addAttribute("channel", "WEB");
        return form(token.get(), model);
    }

    @PostMapping("/r/{token}")
    String submit(
            @PathVariable String token,
            @RequestParam String key,
            @RequestParam Map<String, String> params,
            Model model) {
        try {
            RatingForm form = ratings.form(token, "vi");
            List<Answer> answers = new ArrayList<>();
            for (RatingItem item : form.items()) {
                String value = params.get("item." + item.code());
                answers.add(
                        new Answer(item.code(), value == null || value.equals("NA") ? null : Integer.valueOf(value)));
            }
            ratings.submit(NewRating.byToken(token, answers, params.get("comment"), key, params.get("channel")));
            return message(model, "rating.thanks");
        } catch (InvalidInputException e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            if ("rating.alreadyRated".equals(e.messageKey()) || "rating.tokenUnknown".equals(e.messageKey())) {
                return message(model, e.messageKey());
            }
            return form(token, model);
        } catch (NumberFormatException e) {
            return form(token, model);
        }
    }

    private static String message(Model model, String key) {
        model.addAttribute("messageKey", key);
        return "rating/message";
    }
}
