-- The one-stop body that received the rated dossier: the answers about the reception (the officer's conduct, the
-- guidance, the facilities, the public listing) count for it, the others for the resolving agency (agency_id).
-- Null for a rating without a dossier, or of a dossier received by its own agency.
alter table rating add column receiving_agency_id bigint references agency (id);
update rating set receiving_agency_id = (
    select d.receiving_agency_id from dossier d where d.id = rating.dossier_id and d.receiving_agency_id <> d.agency_id)
where dossier_id is not null;
