package vn.hailong.access.web;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.hailong.access.AgencyDirectory;
import vn.hailong.access.AuditLines;
import vn.hailong.access.AuditLog;
import vn.hailong.access.CurrentUser;
import vn.hailong.access.Role;
import vn.hailong.access.UserForm;
import vn.hailong.access.UserView;
import vn.hailong.access.Users;
import vn.hailong.shared.InvalidInputException;
import vn.hailong.shared.ListQuery;

/** User and role administration, for system administrators and (within their province) provincial officials. */
@Controller
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','PROVINCIAL_OFFICIAL')")
class UserPages {

    private final Users users;
    private final AuditLog audit;
    private final AuditLines auditLines;
    private final AgencyDirectory agencies;
    private final vn.hailong.access.ApiKeys apiKeys;

    UserPages(
            Users users,
            AuditLog audit,
            AuditLines auditLines,
            AgencyDirectory agencies,
            vn.hailong.access.ApiKeys apiKeys) {
        this.auditLines = auditLines;
        this.apiKeys = apiKeys;
        this.users = users;
        this.audit = audit;
        this.agencies = agencies;
    }

    @GetMapping("/quan-tri/nguoi-dung")
    String list(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q);
        var list = users.list(q);
        model.addAttribute("users", list);
        model.addAttribute("provinces", provinceNames(list.stream().map(u -> u.provinceCode())));
        model.addAttribute(
                "audit", auditLines.page(new vn.hailong.access.AuditFilter(null, null, null), ListQuery.first(20), 0L));
        return "users/list";
    }

    /** "Tỉnh Quảng Ninh" for "22": a person reads the province's name, not its code. */
    private java.util.Map<String, String> provinceNames(java.util.stream.Stream<String> codes) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        codes.filter(java.util.Objects::nonNull).distinct().forEach(c -> names.put(c, agencies.provinceName(c)));
        return names;
    }

    @GetMapping("/quan-tri/nguoi-dung/moi")
    String createForm(Model model) {
        return form(model, UserForm.empty(), null);
    }

    @PostMapping("/quan-tri/nguoi-dung/moi")
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                users.create(form);
                return "redirect:/quan-tri/nguoi-dung?saved";
            } catch (InvalidInputException e) {
                if (vn.hailong.shared.web.Flash.refusal(e)) {
                    throw e;
                }
                errors.reject(e.messageKey(), e.args(), e.messageKey());
            }
        }
        return form(model, form, null);
    }

    @GetMapping("/quan-tri/nguoi-dung/{id}")
    String editForm(@PathVariable long id, Model model) {
        UserView u = users.get(id);
        return form(
                model,
                new UserForm(
                        u.username(),
                        u.fullName(),
                        u.email(),
                        u.role(),
                        u.provinceCode(),
                        u.agencyId(),
                        "",
                        u.enabled()),
                u);
    }

    @PostMapping("/quan-tri/nguoi-dung/{id}")
    String update(
            @PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                users.update(id, form);
                return "redirect:/quan-tri/nguoi-dung?saved";
            } catch (InvalidInputException e) {
                if (vn.hailong.shared.web.Flash.refusal(e)) {
                    throw e;
                }
                errors.reject(e.messageKey(), e.args(), e.messageKey());
            }
        }
        return form(model, form, users.get(id));
    }

    @GetMapping("/quan-tri/khoa-api")
    String apiKeys(Model model) {
        var keys = apiKeys.list();
        model.addAttribute("keys", keys);
        model.addAttribute("provinces", provinceNames(keys.stream().map(k -> k.provinceCode())));
        model.addAttribute("agencies", agencyChoices());
        return "users/api-keys";
    }

    @PostMapping("/quan-tri/khoa-api")
    String createApiKey(
            @RequestParam String name,
            @RequestParam(required = false) String provinceCode,
            @RequestParam(required = false) Long agencyId,
            Model model) {
        try {
            model.addAttribute(
                    "secret",
                    apiKeys.create(
                            name,
                            provinceCode == null || provinceCode.isBlank() ? null : provinceCode.trim(),
                            agencyId));
        } catch (InvalidInputException e) {
            if (vn.hailong.shared.web.Flash.refusal(e)) {
                throw e;
            }
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
        }
        return apiKeys(model);
    }

    @PostMapping("/quan-tri/khoa-api/{id}/thu-hoi")
    String revokeApiKey(@PathVariable long id) {
        apiKeys.revoke(id);
        return "redirect:/quan-tri/khoa-api";
    }

    @PostMapping("/quan-tri/nguoi-dung/{id}/mo-khoa")
    String unlock(@PathVariable long id) {
        users.unlock(id);
        return "redirect:/quan-tri/nguoi-dung/" + id;
    }

    private String form(Model model, UserForm form, UserView existing) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute(
                "roles",
                java.util.Arrays.stream(Role.values())
                        .filter(r -> r != Role.INTEGRATION
                                && (r != Role.SYSTEM_ADMIN || CurrentUser.hasRole(Role.SYSTEM_ADMIN)))
                        .toList());
        model.addAttribute("agencies", agencyChoices());
        model.addAttribute("audit", existing == null ? java.util.List.of() : audit.forEntity("user", existing.id()));
        return "users/form";
    }

    /** Agencies the administrator may assign. */
    private java.util.List<AgencyDirectory.AgencyRef> agencyChoices() {
        return agencies.within(CurrentUser.scope());
    }
}
