package vn.hailong.catalog.web;

import jakarta.validation.Valid;
import java.io.IOException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.hailong.calendar.DurationUnit;
import vn.hailong.catalog.LifeEvent;
import vn.hailong.catalog.ProcedureCatalog;
import vn.hailong.catalog.ProcedureForm;
import vn.hailong.shared.InvalidInputException;

/** Browse and search the catalogue; administrators and provincial officials edit and import it. */
@Controller
class CatalogPages {

    /** The catalogue is national: only system administrators change it. */
    private static final String EDITORS = "hasRole('SYSTEM_ADMIN')";

    private final ProcedureCatalog catalog;

    CatalogPages(ProcedureCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/thu-tuc")
    String list(
            @RequestParam(required = false) String field,
            @RequestParam(required = false) String q,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        model.addAttribute("field", field);
        model.addAttribute("q", q);
        var fields = catalog.fields();
        model.addAttribute("fields", fields);
        // the list shows the field's name, never its code (HO_TICH)
        model.addAttribute(
                "fieldsByCode",
                fields.stream()
                        .collect(java.util.stream.Collectors.toMap(
                                vn.hailong.catalog.ServiceField::code, f -> f, (x, y) -> x)));
        model.addAttribute("procedures", catalog.search(field, q));
        return htmx != null ? "catalog/list :: rows" : "catalog/list";
    }

    @GetMapping("/thu-tuc/moi")
    @PreAuthorize(EDITORS)
    String createForm(Model model) {
        return form(model, ProcedureForm.empty(), true);
    }

    @PostMapping("/thu-tuc/moi")
    @PreAuthorize(EDITORS)
    String create(@Valid @ModelAttribute("form") ProcedureForm form, BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                catalog.create(form);
                return "redirect:/thu-tuc?q=" + form.code() + "&saved";
            } catch (InvalidInputException e) {
                if (vn.hailong.shared.web.Flash.refusal(e)) {
                    throw e;
                }
                errors.reject(e.messageKey(), e.args(), e.messageKey());
            }
        }
        return form(model, form, true);
    }

    @GetMapping("/thu-tuc/{code}")
    @PreAuthorize(EDITORS)
    String editForm(@PathVariable String code, Model model) {
        return form(model, ProcedureForm.of(catalog.get(code)), false);
    }

    @PostMapping("/thu-tuc/{code}")
    @PreAuthorize(EDITORS)
    String update(
            @PathVariable String code,
            @Valid @ModelAttribute("form") ProcedureForm form,
            BindingResult errors,
            Model model) {
        if (!errors.hasErrors()) {
            try {
                catalog.update(code, form);
                return "redirect:/thu-tuc?q=" + code + "&saved";
            } catch (InvalidInputException e) {
                if (vn.hailong.shared.web.Flash.refusal(e)) {
                    throw e;
                }
                errors.reject(e.messageKey(), e.args(), e.messageKey());
            }
        }
        return form(model, form, false);
    }

    @PostMapping("/thu-tuc/nhap")
    @PreAuthorize(EDITORS)
    String importFile(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        if (file.isEmpty()) {
            throw new InvalidInputException("import.empty");
        }
        model.addAttribute("report", catalog.importProcedures(file.getOriginalFilename(), file.getInputStream()));
        model.addAttribute("back", "/thu-tuc");
        return "import-report";
    }

    private String form(Model model, ProcedureForm form, boolean creating) {
        model.addAttribute("form", form);
        model.addAttribute("creating", creating);
        model.addAttribute("fields", catalog.fields());
        model.addAttribute("units", DurationUnit.values());
        model.addAttribute("lifeEvents", LifeEvent.values());
        return "catalog/form";
    }
}
