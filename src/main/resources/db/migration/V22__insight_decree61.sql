-- Decree 61/2018 Art. 31: the evaluation of each finished dossier on 9 indicators of 0..2 points, written in the
-- transaction that resolved the dossier (and again when a rating or a feedback case about it arrives), rebuilt
-- from the raw rows on demand. A null indicator could not be computed from HaiLong's data; sources holds one
-- letter per indicator: D dossier, C catalogue, R rating, F feedback case, N not computable.
create table insight_decree61_dossier (
    dossier_id bigint primary key,
    agency_id bigint not null,
    finished_on date not null,
    ct1 smallint, ct2 smallint, ct3 smallint, ct4 smallint, ct5 smallint, ct6 smallint, ct7 smallint, ct8 smallint, ct9 smallint,
    sources varchar(9) not null,
    points smallint not null,
    computable smallint not null,
    score numeric(7, 4) not null
);
create index ix_insight_decree61_agency_day on insight_decree61_dossier (agency_id, finished_on);

-- The unit's self-score per quarter (entered by its leader) and the appraised score (by the province), both audited.
create table insight_decree61_assessment (
    agency_id bigint not null references agency (id),
    quarter varchar(7) not null,
    self_score numeric(5, 2),
    self_note varchar(1000),
    self_by varchar(60),
    self_at timestamp,
    appraised_score numeric(5, 2),
    appraised_note varchar(1000),
    appraised_by varchar(60),
    appraised_at timestamp,
    primary key (agency_id, quarter),
    constraint ck_decree61_self check (self_score is null or self_score between 0 and 18),
    constraint ck_decree61_appraised check (appraised_score is null or appraised_score between 0 and 18)
);

create index ix_feedback_case_dossier_code on feedback_case (dossier_code);
