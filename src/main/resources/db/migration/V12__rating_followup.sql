-- A low rating opens a follow-up for the unit leader: contact the citizen, note what was done.
alter table rating add column followed_up_at timestamp;
alter table rating add column followed_up_by varchar(60);
alter table rating add column followup_note varchar(1000);
create index ix_rating_low on rating (agency_id, low, followed_up_at);
