-- Month rollups per agency, for the questions dashboards ask most (units, provinces and months over whole
-- months): one row per agency and month instead of one per day x desk x officer x procedure x channel x item.
-- Kept with the day rollups in the same transaction; recounted from them after a rebuild or a ballot recount.
create table insight_rating_month (
    on_month date not null,
    agency_id bigint not null,
    s1 bigint not null default 0,
    s2 bigint not null default 0,
    s3 bigint not null default 0,
    s4 bigint not null default 0,
    s5 bigint not null default 0,
    na bigint not null default 0,
    ratings bigint not null default 0,
    primary key (agency_id, on_month)
);
create index ix_insight_rating_month on insight_rating_month (on_month);

create table insight_dossier_month (
    on_month date not null,
    agency_id bigint not null,
    finished bigint not null default 0,
    early bigint not null default 0,
    on_time bigint not null default 0,
    late bigint not null default 0,
    returned bigint not null default 0,
    primary key (agency_id, on_month)
);
create index ix_insight_dossier_month on insight_dossier_month (on_month);

-- The days around whole months are read by day across agencies.
create index ix_insight_rating_day_on_day on insight_rating_day (on_day);
create index ix_insight_rating_count_on_day on insight_rating_count (on_day);
create index ix_insight_dossier_day_on_day on insight_dossier_day (on_day);
