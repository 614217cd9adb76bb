-- Response rate = returned dossiers that were rated ÷ returned dossiers (each dossier counted once, so at most
-- 100%): the dossier rollups count, by return day, the returned dossiers that have a rating. Ballot-box slips
-- (channel BALLOT) and ratings without a dossier (e.g. a kiosk rating naming only the officer) are counted
-- apart, shown beside the rate rather than inside it.
alter table insight_dossier_day add column rated int not null default 0;
alter table insight_dossier_month add column rated bigint not null default 0;
alter table insight_rating_count add column without_dossier int not null default 0;
alter table insight_rating_month add column ballots bigint not null default 0;
alter table insight_rating_month add column without_dossier bigint not null default 0;

-- Counted once here from the raw rows; from now on kept in the storing transaction like the other columns.
update insight_dossier_day t set rated = (select count(*) from dossier d join rating r on r.dossier_id = d.id
  where d.returned_at is not null and cast(d.returned_at as date) = t.on_day and d.agency_id = t.agency_id
    and coalesce(d.handling_officer_id, 0) = t.officer_id and d.procedure_code = t.procedure_code)
where t.returned > 0;
update insight_dossier_month m set rated = (select coalesce(sum(d.rated), 0) from insight_dossier_day d
  where d.agency_id = m.agency_id and cast(date_trunc('month', d.on_day) as date) = m.on_month);
update insight_rating_count t set without_dossier = (select count(*) from rating r
  where r.dossier_id is null and cast(r.created_at as date) = t.on_day and r.agency_id = t.agency_id
    and coalesce(r.officer_id, 0) = t.officer_id and r.channel = t.channel)
where t.channel <> 'BALLOT';
update insight_rating_month m set
  ballots = (select coalesce(sum(c.ratings), 0) from insight_rating_count c where c.channel = 'BALLOT'
    and c.agency_id = m.agency_id and cast(date_trunc('month', c.on_day) as date) = m.on_month),
  without_dossier = (select coalesce(sum(c.without_dossier), 0) from insight_rating_count c
    where c.agency_id = m.agency_id and cast(date_trunc('month', c.on_day) as date) = m.on_month);

-- An alert rule is a unit's own (agency_id) or applies to every unit of a province (province_code); a unit's own
-- rule of a kind replaces the province's rule of that kind for it. Rules are edited (threshold, window) and
-- disabled rather than deleted: their alerts keep pointing at them.
alter table insight_alert_rule alter column agency_id drop not null;
alter table insight_alert_rule add column province_code varchar(16);
alter table insight_alert_rule add column updated_by varchar(60);
alter table insight_alert_rule add column updated_at timestamp;
alter table insight_alert_rule add constraint ck_insight_alert_rule_target check ((agency_id is null) <> (province_code is null));
create index ix_insight_alert_rule_province on insight_alert_rule (province_code);
create index ix_insight_alert_rule_agency_status on insight_alert (rule_id, agency_id, status);
-- Feedback cases past their date over a count: the fourth kind the rules watch.
alter table insight_alert_rule drop constraint ck_insight_alert_kind;
alter table insight_alert_rule add constraint ck_insight_alert_kind
    check (kind in ('SATISFACTION_BELOW', 'NEGATIVE_OVER', 'OVERDUE_OVER', 'OVERDUE_CASES_OVER'));

-- The public scorecard counts each unit's feedback cases received in a period.
create index ix_feedback_agency_received on feedback_case (agency_id, received_at);

-- Who applied: a citizen or an organisation (its representative), a separate stratum of the SIPAS sample.
alter table dossier add column applicant_kind varchar(12) not null default 'CITIZEN';
alter table dossier add constraint ck_dossier_applicant_kind check (applicant_kind in ('CITIZEN', 'ORGANISATION'));
alter table survey_invitation add column applicant_kind varchar(12) not null default 'CITIZEN';
