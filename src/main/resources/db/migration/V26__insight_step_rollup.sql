-- Finished processing steps per day (the day the step finished), the step's agency and officer (0 = none):
-- early / on time / late against the step's allotted due time. Kept in the transaction that finishes a step,
-- recomputed from dossier_step by the rebuild; steps without an allotted time (timeliness PENDING) are not counted.
create table insight_step_day (
    on_day date not null,
    agency_id bigint not null,
    officer_id bigint not null,
    finished bigint not null default 0,
    early bigint not null default 0,
    on_time bigint not null default 0,
    late bigint not null default 0,
    primary key (agency_id, on_day, officer_id)
);
create index ix_insight_step_day_on_day on insight_step_day (on_day);

insert into insight_step_day (on_day, agency_id, officer_id, finished, early, on_time, late)
select cast(finished_at as date), agency_id, coalesce(officer_id, 0), count(*),
  sum(case when timeliness = 'EARLY' then 1 else 0 end), sum(case when timeliness = 'ON_TIME' then 1 else 0 end),
  sum(case when timeliness = 'LATE' then 1 else 0 end)
from dossier_step where finished_at is not null and timeliness in ('EARLY', 'ON_TIME', 'LATE')
group by cast(finished_at as date), agency_id, coalesce(officer_id, 0);
