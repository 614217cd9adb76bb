-- owner: catalog. What other modules may read of the procedure catalogue (names, durations, life events):
-- they join this view, never admin_procedure itself (TableOwnershipTest, docs/tables.md).
create view catalog_procedure_view as
select code, name, field_code, duration, duration_unit, fee_vnd, life_event, documents, active
from admin_procedure;
