package vn.hailong.report.web;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.hailong.report.ExportFile;
import vn.hailong.report.ExportJob;
import vn.hailong.report.ExportKind;
import vn.hailong.report.Exports;
import vn.hailong.shared.ItemList;

/** Background exports: ask (202 with the job's Location), follow its status, download the file when it is done. */
@RestController
@RequestMapping("/api/v1/exports")
class ExportApi {

    /** What to export: kind ANNUAL_PDF | ANNUAL_XLSX (period = a year, unit = a province) | UNITS_XLSX | UNITS_CSV. */
    record ExportRequest(String kind, String unit, String period) {}

    private final Exports exports;

    ExportApi(Exports exports) {
        this.exports = exports;
    }

    @PostMapping
    @Operation(summary = "Queue an export; 202 with Location /api/v1/exports/{id}")
    ResponseEntity<ExportJob> submit(@RequestBody ExportRequest in) {
        ExportJob job = exports.submit(ExportKind.parse(in.kind()), in.unit(), in.period());
        URI location = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{id}")
                .buildAndExpand(job.id())
                .toUri();
        return ResponseEntity.accepted().location(location).body(job);
    }

    @GetMapping
    @Operation(summary = "The caller's exports, newest first")
    ItemList<ExportJob> list() {
        List<ExportJob> jobs = exports.mine();
        return ItemList.of(jobs);
    }

    @GetMapping("/{id}")
    @Operation(
            summary =
                    "An export's status (QUEUED, RUNNING, DONE, FAILED with its error, EXPIRED); only its requester or an administrator")
    ExportJob get(@PathVariable long id) {
        return exports.get(id);
    }

    @vn.hailong.shared.StoredFile
    @GetMapping("/{id}/file")
    @Operation(summary = "The exported file once DONE (409 before, or after it expired)")
    ResponseEntity<byte[]> file(@PathVariable long id) {
        return download(exports.file(id));
    }

    static ResponseEntity<byte[]> download(ExportFile f) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(f.contentType()))
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment()
                                .filename(f.name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(f.content());
    }
}
