package vn.hailong.dossier.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.hailong.access.CurrentUser;
import vn.hailong.access.UserAccount;
import vn.hailong.catalog.Procedure;
import vn.hailong.catalog.ProcedureCatalog;
import vn.hailong.dossier.ApplicantKind;
import vn.hailong.dossier.Channel;
import vn.hailong.dossier.DossierView;
import vn.hailong.dossier.Dossiers;
import vn.hailong.dossier.NewDossier;
import vn.hailong.dossier.ReceivedDocument;
import vn.hailong.organization.Agencies;
import vn.hailong.organization.Agency;
import vn.hailong.shared.InvalidInputException;

/** The desk's reception form: procedure search without diacritics, applicant, document checklist. */
@Controller
class ReceptionPages {

    private final Dossiers dossiers;
    private final Agencies agencies;
    private final ProcedureCatalog catalog;

    ReceptionPages(Dossiers dossiers, Agencies agencies, ProcedureCatalog catalog) {
        this.dossiers = dossiers;
        this.agencies = agencies;
        this.catalog = catalog;
    }

    @GetMapping("/ho-so/tiep-nhan")
    String form(Model model) {
        ReceptionForm form = new ReceptionForm();
        CurrentUser.principal()
                .filter(p -> p instanceof UserAccount u && u.agencyId() != null)
                .map(p -> (UserAccount) p)
                .ifPresent(u -> {
                    form.setAgencyId(u.agencyId());
                    form.setReceivingOfficerId(signedInOfficer(u));
                });
        return show(model, form, null);
    }

    @GetMapping("/ho-so/tiep-nhan/thu-tuc")
    String procedures(@RequestParam(required = false) String q, Model model) {
        model.addAttribute(
                "found",
                q == null || q.isBlank()
                        ? List.of()
                        : catalog.search(null, q).stream().limit(12).toList());
        return "dossier/reception :: procedures";
    }

    @GetMapping("/ho-so/tiep-nhan/giay-to")
    String documents(@RequestParam String procedureCode, Model model) {
        ReceptionForm form = new ReceptionForm();
        Procedure p = catalog.get(procedureCode);
        form.setProcedureCode(p.code());
        p.documents().forEach(d -> form.getDocuments().add(new ReceptionForm.DocumentLine(d)));
        model.addAttribute("form", form);
        model.addAttribute("procedure", p);
        model.addAttribute("documentForms", ReceivedDocument.DocumentForm.values());
        return "dossier/reception :: documents";
    }

    @PostMapping("/ho-so/tiep-nhan")
    String receive(@ModelAttribute("form") ReceptionForm form, Model model) {
        try {
            List<ReceivedDocument> docs = form.getDocuments().stream()
                    .filter(d -> d.isSelected() && d.getName() != null)
                    .map(d -> new ReceivedDocument(d.getName(), d.getForm(), Math.max(1, d.getCount())))
                    .toList();
            require(form.getProcedureCode(), "reception.procedureRequired");
            require(form.getApplicantName(), "reception.nameRequired");
            if (form.getAgencyId() == null) {
                throw new InvalidInputException("reception.agencyRequired");
            }
            DossierView d = dossiers.receive(new NewDossier(
                    null,
                    form.getResolvingAgencyId() == null ? form.getAgencyId() : form.getResolvingAgencyId(),
                    form.getDeskId(),
                    form.getProcedureCode(),
                    form.getChannel(),
                    form.getApplicantName(),
                    form.getApplicantPhone(),
                    form.getApplicantEmail(),
                    form.getApplicantAddress(),
                    docs,
                    form.getSets(),
                    form.getReceivingOfficerId(),
                    null,
                    ApplicantKind.parse(form.getApplicantKind()),
                    null,
                    form.getAgencyId(),
                    null));
            return "redirect:/ho-so/" + d.code() + "?received";
        } catch (InvalidInputException e) {
            if (vn.hailong.shared.web.Flash.refusal(e)) {
                throw e;
            }
            return show(model, form, e);
        }
    }

    private String show(Model model, ReceptionForm form, InvalidInputException error) {
        List<Agency> choices =
                agencies.visible(null).stream().filter(a -> a.kind().receives()).toList();
        model.addAttribute(
                "resolvers",
                choices.isEmpty()
                        ? List.of()
                        : agencies.resolvers(choices.get(0).provinceCode()));
        model.addAttribute("form", form);
        model.addAttribute("agencies", choices);
        model.addAttribute("channels", Channel.values());
        model.addAttribute("applicantKinds", ApplicantKind.values());
        model.addAttribute("documentForms", ReceivedDocument.DocumentForm.values());
        model.addAttribute(
                "procedure",
                form.getProcedureCode() == null
                        ? null
                        : catalog.find(form.getProcedureCode()).orElse(null));
        if (form.getAgencyId() != null) {
            model.addAttribute("desks", agencies.desks(form.getAgencyId()));
            model.addAttribute("officers", agencies.officers(form.getAgencyId()));
        } else {
            model.addAttribute("desks", List.of());
            model.addAttribute("officers", List.of());
        }
        if (error != null) {
            model.addAttribute("errorKey", error.messageKey());
            model.addAttribute("errorArgs", error.args());
        }
        return "dossier/reception";
    }

    /** The officer of the user's agency who is the signed-in person (same full name), if the desk lists them. */
    private Long signedInOfficer(UserAccount user) {
        return agencies.officers(user.agencyId()).stream()
                .filter(o -> o.active()
                        && o.fullName().equalsIgnoreCase(user.fullName().strip()))
                .findFirst()
                .map(o -> o.id())
                .orElse(null);
    }

    private static void require(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(key);
        }
    }
}
