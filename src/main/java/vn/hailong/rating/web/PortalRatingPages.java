package vn.hailong.rating.web;

import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import vn.hailong.rating.PortalRatings;
import vn.hailong.shared.ImportReport;
import vn.hailong.shared.InvalidInputException;

/** Importing the ratings citizens made on the National Public Service Portal: the page and the API. */
@Controller
class PortalRatingPages {

    private final PortalRatings portal;

    PortalRatingPages(PortalRatings portal) {
        this.portal = portal;
    }

    @GetMapping("/danh-gia/cong-dvc")
    String page() {
        return "rating/portal";
    }

    @PostMapping("/danh-gia/cong-dvc")
    String importFile(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        model.addAttribute("report", run(file));
        model.addAttribute("back", "/danh-gia/cong-dvc");
        return "import-report";
    }

    @PostMapping(value = "/api/v1/ratings/portal-import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseBody
    @io.swagger.v3.oas.annotations.Operation(
            summary =
                    "Imports ratings made on the National Public Service Portal (CSV or XLSX: portal_id,dossier_code,rated_at,a,b,c,d,dd,e,g,h,i,comment); per-row errors; importing again adds nothing")
    ImportReport importApi(@RequestParam("file") MultipartFile file) throws IOException {
        return run(file);
    }

    private ImportReport run(MultipartFile file) throws IOException {
        if (file.isEmpty()) {
            throw new InvalidInputException("import.empty");
        }
        return portal.importFile(file.getOriginalFilename(), file.getInputStream());
    }
}
