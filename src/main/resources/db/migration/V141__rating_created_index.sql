-- The rating list's default order and its keyset pages (created_at, id), for every filter in one agency set.
create index ix_rating_created_id on rating (created_at, id);
