-- owner: dossier. What the rating channels may know of a dossier: who and what is rated, never the applicant
-- (only the last four digits of the phone, which the citizen types on the web to find the dossier).
-- The rating module joins its rating_token to this view instead of reading the dossier table.
create view dossier_rating_view as
select d.id, d.code, d.agency_id, d.desk_id, d.handling_officer_id, d.receiving_officer_id, d.procedure_code,
       d.field_code, p.name procedure_name, right(d.applicant_phone, 4) phone_last4
from dossier d join admin_procedure p on p.code = d.procedure_code;
