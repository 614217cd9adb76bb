-- What the dashboards read for a unit's agencies over whole months and the days around them, held in the
-- index itself in (agency, month or day) order: PostgreSQL answers from a few index pages (an index-only scan
-- once vacuum has marked the pages visible) instead of one heap page per row, wherever the rows were written.
create index ix_insight_rating_month_cover on insight_rating_month (agency_id, on_month, s1, s2, s3, s4, s5);
create index ix_insight_rating_agency_day_cover on insight_rating_agency_day (agency_id, on_day, s1, s2, s3, s4, s5);
