package vn.hailong.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.hailong.dossier.DossierRow;
import vn.hailong.dossier.DossierView;
import vn.hailong.dossier.Dossiers;
import vn.hailong.dossier.NewDossier;
import vn.hailong.dossier.NewEvent;
import vn.hailong.shared.ListPage;

@RestController
@RequestMapping("/api/v1/dossiers")
@Tag(
        name = "Hồ sơ / Dossiers",
        description = "Receive dossiers and send their events (scoped to the caller's agencies)")
class DossierApi {

    private final Dossiers dossiers;
    private final vn.hailong.dossier.DossierImport imports;
    private final java.time.Clock clock;

    private final vn.hailong.dossier.EventCommit events;

    DossierApi(
            Dossiers dossiers,
            vn.hailong.dossier.DossierImport imports,
            vn.hailong.dossier.EventCommit events,
            java.time.Clock clock) {
        this.dossiers = dossiers;
        this.events = events;
        this.clock = clock;
        this.imports = imports;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Receive a dossier; returns its code, due time and rating link")
    DossierView receive(@Valid @RequestBody NewDossier dossier) {
        return dossiers.receive(dossier);
    }

    @PostMapping("/{code}/events")
    @Operation(summary = "Apply an event (idempotent by eventId); answered once stored, by group commit")
    DossierView event(@PathVariable String code, @Valid @RequestBody NewEvent event) {
        return events.apply(code, event);
    }

    @PostMapping(path = "/import", consumes = "multipart/form-data")
    @Operation(
            summary =
                    "Import dossiers from CSV or XLSX (one-stop officers, unit leaders, keys); each code begins with its agency's code "
                            + "({agency code}-…); returns the rows taken, the rows unchanged (code already in that agency) and each bad row with its line and reason")
    vn.hailong.shared.ImportReport importFile(
            @RequestParam("file") org.springframework.web.multipart.MultipartFile file) throws java.io.IOException {
        if (file.isEmpty()) {
            throw new vn.hailong.shared.InvalidInputException("import.empty");
        }
        return imports.importFile(file.getOriginalFilename(), file.getInputStream());
    }

    @GetMapping("/{code}")
    DossierView get(@PathVariable String code) {
        return dossiers.get(code);
    }

    @GetMapping
    @Operation(
            summary =
                    "Dossiers received (from, to) or resolved (resolvedFrom, resolvedTo) in a period, by agency, status, timeliness, procedure or officer",
            description =
                    "q searches the code (with or without dashes), and for callers who may read personal data the applicant's name "
                            + "without diacritics and the phone's last digits (3 or more). sort = received (default) | due | code, "
                            + "dir = desc (default) | asc. limit: rows per page (default 200, at most 1000). total counts every match; "
                            + "nextCursor (null on the last page) is passed back as cursor, with the same filters and sort, for the next page.")
    ListPage<DossierRow> list(@ParameterObject DossierListQuery query) {
        return dossiers.page(query.filter(java.time.LocalDateTime.now(clock)), query.page(200), null);
    }
}
