package vn.hailong.demo;

import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.hailong.catalog.ProcedureCatalog;
import vn.hailong.catalog.ServiceField;
import vn.hailong.shared.ImportReport;

/** Service fields and the procedure catalogue, imported through the same path as an administrator's upload. */
@Component
@Profile("demo")
@Order(1)
class CatalogDemo implements DemoStep {

    private final ProcedureCatalog catalog;

    CatalogDemo(ProcedureCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void load() {
        DemoData.csv("fields.csv").forEach(r -> catalog.saveField(new ServiceField(r.cell(0), r.cell(1), r.cell(2))));
        ImportReport report = catalog.importProcedures("procedures.csv", DemoData.resource("data/demo/procedures.csv"));
        if (!report.errors().isEmpty()) {
            throw new IllegalStateException("Demo procedures rejected: " + report.errors());
        }
    }
}
