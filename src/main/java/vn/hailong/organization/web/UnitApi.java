package vn.hailong.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hailong.organization.AdminUnit;
import vn.hailong.organization.AdministrativeUnits;
import vn.hailong.organization.UnitDetail;
import vn.hailong.shared.ItemList;

@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Đơn vị hành chính / Administrative units", description = "Public, versioned by effective date")
class UnitApi {

    private final AdministrativeUnits units;

    UnitApi(AdministrativeUnits units) {
        this.units = units;
    }

    @GetMapping
    @Operation(
            summary = "Units valid on a day (default today), by level and parent; q searches names without diacritics")
    ItemList<AdminUnit> list(
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String parent,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
            @RequestParam(required = false) String q) {
        if (q != null && !q.isBlank()) {
            return ItemList.of(units.search(q, at));
        }
        return ItemList.of(units.list(level, parent, at));
    }

    @GetMapping("/{code}")
    @Operation(summary = "One unit (the version valid on the day, default today) with predecessors and successors")
    UnitDetail get(
            @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
        return units.detail(code, at);
    }
}
