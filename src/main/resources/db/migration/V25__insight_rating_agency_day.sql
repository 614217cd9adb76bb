-- Answers per agency and day, without desk, officer, procedure, channel or item: what a dashboard reads for the
-- days around the whole months of a period (the month rollup answers those), so that reading a province's last
-- twelve months costs the same whatever the number of ratings. Kept with the other rating rollups.
create table insight_rating_agency_day (
    on_day date not null,
    agency_id bigint not null,
    s1 bigint not null default 0,
    s2 bigint not null default 0,
    s3 bigint not null default 0,
    s4 bigint not null default 0,
    s5 bigint not null default 0,
    na bigint not null default 0,
    primary key (agency_id, on_day)
);
create index ix_insight_rating_agency_day_on_day on insight_rating_agency_day (on_day);

insert into insight_rating_agency_day (on_day, agency_id, s1, s2, s3, s4, s5, na)
select on_day, agency_id, sum(s1), sum(s2), sum(s3), sum(s4), sum(s5), sum(na)
from insight_rating_day group by on_day, agency_id;
