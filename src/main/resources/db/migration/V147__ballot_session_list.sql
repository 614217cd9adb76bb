-- The list of openings: its default order (latest opening first) and its keyset pages walk (scheduled_on, id).
create index ix_ballot_session_scheduled_id on ballot_session (scheduled_on, id);
