package vn.hailong.rating.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.hailong.access.CurrentUser;
import vn.hailong.dossier.DossierSettings;
import vn.hailong.rating.Answer;
import vn.hailong.rating.BlankSlip;
import vn.hailong.rating.CounterForms;
import vn.hailong.rating.RatingItem;
import vn.hailong.rating.Ratings;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.pdf.PdfRenderer;
import vn.hailong.shared.pdf.QrCode;

/**
 * Paper slips: the printable slip of a dossier (with its check code), and the secretary's keyboard grid
 * (one row per slip: dossier code, the check code printed on the slip, the scores).
 */
@Controller
class PaperSlipPages {

    static final int ROWS = 10;

    private final Ratings ratings;
    private final PdfRenderer pdf;
    private final DossierSettings settings;
    private final MessageSource messages;
    private final CounterForms counterForms;

    PaperSlipPages(
            Ratings ratings,
            PdfRenderer pdf,
            DossierSettings settings,
            MessageSource messages,
            CounterForms counterForms) {
        this.counterForms = counterForms;
        this.ratings = ratings;
        this.pdf = pdf;
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping("/ho-so/{code}/phieu-danh-gia.pdf")
    ResponseEntity<byte[]> slip(@PathVariable String code) {
        BlankSlip slip = ratings.slip(code);
        String url = settings.ratingUrl(slip.token());
        Map<String, Object> model = new HashMap<>();
        model.put("code", slip.code());
        model.put("agency_name", slip.agencyName());
        model.put("procedure_name", slip.procedureName());
        model.put("items", slip.items());
        model.put("checkCode", slip.checkCode());
        model.put("ratingUrl", url);
        model.put("ratingQr", QrCode.pngDataUri(url, 200));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .body(pdf.render("rating-slip", model, Locale.forLanguageTag("vi")));
    }

    @GetMapping("/danh-gia/nhap-phieu")
    String grid(@RequestParam(required = false) String form, Model model) {
        model.addAttribute("rows", emptyRows());
        return withForm(form, model);
    }

    /** The grid's columns are the items of the chosen form (by default the form of the secretary's agency). */
    private String withForm(String form, Model model) {
        String code = form != null
                        && counterForms.forms().stream().anyMatch(f -> f.code().equals(form))
                ? form
                : CurrentUser.scope().agencyIds().size() == 1
                        ? ratings.formOf(
                                CurrentUser.scope().agencyIds().iterator().next())
                        : "QUICK";
        model.addAttribute("form", code);
        model.addAttribute("forms", counterForms.forms());
        model.addAttribute(
                "items", ratings.items(code, LocaleContextHolder.getLocale().getLanguage()));
        return "rating/paper-grid";
    }

    @PostMapping("/danh-gia/nhap-phieu")
    String enter(@RequestParam(required = false) String form, @RequestParam Map<String, String> params, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        withForm(form, model);
        @SuppressWarnings("unchecked")
        List<String> items = ((List<RatingItem>) model.getAttribute("items"))
                .stream().map(RatingItem::code).toList();
        String formCode = (String) model.getAttribute("form");
        List<Map<String, String>> rows = new ArrayList<>();
        int saved = 0;
        for (int i = 0; i < ROWS; i++) {
            Map<String, String> row = new HashMap<>();
            String code = params.getOrDefault("code" + i, "").trim();
            row.put("code", code);
            row.put("check", params.getOrDefault("check" + i, "").trim());
            for (String item : items) {
                row.put(item, params.getOrDefault(item + i, "").trim());
            }
            row.put("comment", params.getOrDefault("comment" + i, ""));
            if (code.isEmpty()) {
                continue;
            }
            try {
                List<Answer> answers = new ArrayList<>();
                for (String item : items) {
                    String v = row.get(item);
                    answers.add(new Answer(item, v.isEmpty() ? null : Integer.valueOf(v)));
                }
                ratings.submitPaper(formCode, code, row.get("check"), answers, row.get("comment"));
                saved++;
            } catch (vn.hailong.shared.ForbiddenException e) {
                throw e; // the caller's role may not key slips at all: 403, not a row's error
            } catch (InvalidInputException e) {
                row.put("error", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
                rows.add(row);
            } catch (NumberFormatException e) {
                row.put("error", messages.getMessage("rating.paper.badScore", null, locale));
                rows.add(row);
            }
        }
        while (rows.size() < ROWS) {
            rows.add(new HashMap<>());
        }
        model.addAttribute("rows", rows);
        model.addAttribute("saved", saved);
        return "rating/paper-grid";
    }

    private static List<Map<String, String>> emptyRows() {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            rows.add(new HashMap<>());
        }
        return rows;
    }
}
