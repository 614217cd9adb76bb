-- The agency's electronic identifier (mã định danh điện tử), the first part of its dossier codes
-- (Decree 118/2025/NĐ-CP Art. 28; Circular 04/2025/TT-VPCP Art. 23(2)). Unknown until entered.
alter table agency add column electronic_id varchar(35);
create unique index ux_agency_electronic_id on agency (electronic_id);
