-- The one-stop bodies of Decree 118/2025/NĐ-CP Art. 7 as agency kinds: the commune-level Public Administration
-- Service Centre (under the commune People's Committee), its receiving points (Art. 7(3)(b)) and the branches of a
-- centrally run city's single-level centre (Art. 7(2)(b)). parent_id: the agency a one-stop body sits under.
alter table agency drop constraint ck_agency_kind;
alter table agency add constraint ck_agency_kind check (kind in ('COMMUNE_PC', 'PROVINCE_PC', 'DEPARTMENT',
    'SERVICE_CENTER', 'COMMUNE_CENTRE', 'RECEIVING_POINT', 'CENTRE_BRANCH'));
alter table agency add column parent_id bigint references agency (id);
create index ix_agency_parent on agency (parent_id);
