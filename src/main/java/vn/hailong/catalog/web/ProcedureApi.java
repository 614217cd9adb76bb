package vn.hailong.catalog.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hailong.catalog.Procedure;
import vn.hailong.catalog.ProcedureCatalog;
import vn.hailong.catalog.ServiceField;
import vn.hailong.shared.ItemList;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Thủ tục hành chính / Procedures", description = "Public catalogue")
class ProcedureApi {

    private final ProcedureCatalog catalog;

    ProcedureApi(ProcedureCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/procedures")
    @Operation(summary = "Procedures by field and text; the text ignores Vietnamese diacritics")
    ItemList<Procedure> procedures(
            @RequestParam(required = false) String field, @RequestParam(required = false) String q) {
        List<Procedure> found = catalog.search(field, q);
        return ItemList.of(found);
    }

    @GetMapping("/procedures/{code}")
    Procedure procedure(@PathVariable String code) {
        return catalog.get(code);
    }

    @GetMapping("/fields")
    @Operation(summary = "Service fields")
    ItemList<ServiceField> fields() {
        return ItemList.of(catalog.fields());
    }
}
