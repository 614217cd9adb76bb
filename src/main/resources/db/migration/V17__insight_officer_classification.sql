-- The monthly classification of an officer: the suggestion from the thresholds at the time, and what
-- the unit leader confirmed at the evaluation meeting (one row per officer and month, re-confirmable).
create table insight_officer_classification (
    officer_id bigint not null references officer (id),
    period varchar(7) not null,
    suggested varchar(12),
    confirmed varchar(12) not null,
    note varchar(1000),
    confirmed_by varchar(60) not null,
    confirmed_at timestamp not null,
    primary key (officer_id, period),
    constraint ck_insight_classification check (confirmed in ('EXCELLENT', 'GOOD', 'DONE', 'NOT_DONE'))
);
