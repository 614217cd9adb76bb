-- Ratings stored but not yet counted in the rating rollups. The rating's own transaction adds its row here
-- (one small insert instead of five rollup MERGEs); a drain claims the committed rows (batch_id), adds them
-- to the rollups with one set-based MERGE per rollup table and deletes them, all in one transaction: each
-- rating is counted once, and a crash leaves its row here for the next drain.
create table insight_rating_pending (
    rating_id bigint primary key,
    batch_id bigint
);
create index ix_insight_rating_pending_batch on insight_rating_pending (batch_id);
