-- Owner: rating. The follow-up columns of V12 were never read or written: a low rating's follow-up is a feedback
-- case (feedback module). Drop them; the index keeps its (agency_id, low) prefix.
drop index ix_rating_low;
alter table rating drop column followed_up_at;
alter table rating drop column followed_up_by;
alter table rating drop column followup_note;
create index ix_rating_low on rating (agency_id, low);
