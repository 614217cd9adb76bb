-- Rollups that dashboards read instead of raw rows, kept in the same transaction as the rating or
-- dossier event they count (unknown desk / officer = 0, unknown procedure / field = '').
-- Rating answers per day x agency x desk x officer x procedure x field x channel x item, by score.
create table insight_rating_day (
    on_day date not null,
    agency_id bigint not null,
    desk_id bigint not null,
    officer_id bigint not null,
    procedure_code varchar(40) not null,
    field_code varchar(40) not null,
    channel varchar(12) not null,
    item_code varchar(30) not null,
    s1 int not null default 0,
    s2 int not null default 0,
    s3 int not null default 0,
    s4 int not null default 0,
    s5 int not null default 0,
    na int not null default 0,
    primary key (on_day, agency_id, desk_id, officer_id, procedure_code, field_code, channel, item_code)
);
create index ix_insight_rating_agency_day on insight_rating_day (agency_id, on_day);

-- Ratings (not answers) per day x agency x officer x channel: the numerator of the response rate.
create table insight_rating_count (
    on_day date not null,
    agency_id bigint not null,
    officer_id bigint not null,
    channel varchar(12) not null,
    ratings int not null default 0,
    primary key (on_day, agency_id, officer_id, channel)
);

-- Dossiers per day x agency x handling officer x procedure: finished (resolved) on that day with
-- their timeliness, and returned to the citizen on that day.
create table insight_dossier_day (
    on_day date not null,
    agency_id bigint not null,
    officer_id bigint not null,
    procedure_code varchar(40) not null,
    finished int not null default 0,
    early int not null default 0,
    on_time int not null default 0,
    late int not null default 0,
    returned int not null default 0,
    primary key (on_day, agency_id, officer_id, procedure_code)
);
create index ix_insight_dossier_agency_day on insight_dossier_day (agency_id, on_day);
