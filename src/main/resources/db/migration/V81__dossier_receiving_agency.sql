-- The receiving one-stop body of a dossier, apart from the agency competent to resolve it (agency_id): reception
-- does not depend on administrative boundaries within a province (Decree 118/2025/NĐ-CP Art. 14(2)). Dossiers
-- received before were received by their own agency. Writers always set it; readers treat a null (a row written by
-- an older writer) as the resolving agency.
alter table dossier add column receiving_agency_id bigint references agency (id);
update dossier set receiving_agency_id = agency_id;
create index ix_dossier_receiving_received on dossier (receiving_agency_id, received_at);
