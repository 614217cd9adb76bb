package vn.hailong.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hailong.dossier.DossierForms;
import vn.hailong.dossier.DossierLedgerExcel;

/** The official forms as PDF, for integrations (/api) and for signed-in officers' pages (/ho-so). */
@RestController
@Tag(name = "Hồ sơ / Dossiers")
class DossierFormsApi {

    private final DossierForms forms;
    private final DossierLedgerExcel excel;

    DossierFormsApi(DossierForms forms, DossierLedgerExcel excel) {
        this.forms = forms;
        this.excel = excel;
    }

    @GetMapping({"/api/v1/dossiers/{code}/forms/{number}.pdf", "/ho-so/{code}/mau/{number}.pdf"})
    @Operation(summary = "Form 01, 02, 03, 04, 06 or 07 of a dossier as PDF")
    ResponseEntity<byte[]> form(@PathVariable String code, @PathVariable String number) {
        return file(forms.form(code, number), "mau-" + number + "-" + code + ".pdf", MediaType.APPLICATION_PDF);
    }

    @GetMapping({"/api/v1/dossier-ledger.pdf", "/ho-so/so-theo-doi.pdf"})
    @Operation(summary = "Form 07, the dossier ledger of an agency for a period, as PDF")
    ResponseEntity<byte[]> ledgerPdf(
            @RequestParam long agency,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return file(
                forms.ledger(agency, from, to), "so-theo-doi-" + from + "-" + to + ".pdf", MediaType.APPLICATION_PDF);
    }

    @GetMapping({"/api/v1/dossier-ledger.xlsx", "/ho-so/so-theo-doi.xlsx"})
    @Operation(summary = "Form 07, the dossier ledger, as Excel")
    ResponseEntity<byte[]> ledgerExcel(
            @RequestParam long agency,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return file(
                excel.ledger(agency, from, to),
                "so-theo-doi-" + from + "-" + to + ".xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    private static ResponseEntity<byte[]> file(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(name).build().toString())
                .body(body);
    }
}
