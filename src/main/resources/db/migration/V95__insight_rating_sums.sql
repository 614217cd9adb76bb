-- Counter ratings' satisfaction is a ratio estimator over ratings, R = Σy ÷ Σm, with m the valid answers (1..5)
-- of one rating and y its satisfied answers (4..5): one person's answers are correlated, so the rating is the
-- sampling unit (docs/statistics.md, "Counter ratings"). Its Taylor variance needs, per group, the ratings with
-- a valid answer and Σm, Σy, Σy², Σm², Σym: all additive, so the rollups still add up over days, desks, units.
create table insight_rating_sums_day (
    on_day date not null,
    agency_id bigint not null,
    desk_id bigint not null,
    officer_id bigint not null,
    procedure_code varchar(40) not null,
    field_code varchar(40) not null,
    channel varchar(12) not null,
    rated bigint not null default 0,
    sm bigint not null default 0,
    sy bigint not null default 0,
    syy bigint not null default 0,
    smm bigint not null default 0,
    sym bigint not null default 0,
    primary key (on_day, agency_id, desk_id, officer_id, procedure_code, field_code, channel)
);
create index ix_insight_rating_sums_agency_day on insight_rating_sums_day (agency_id, on_day);
create index ix_insight_rating_sums_on_day on insight_rating_sums_day (on_day);

alter table insight_rating_agency_day add column rated bigint not null default 0;
alter table insight_rating_agency_day add column sm bigint not null default 0;
alter table insight_rating_agency_day add column sy bigint not null default 0;
alter table insight_rating_agency_day add column syy bigint not null default 0;
alter table insight_rating_agency_day add column smm bigint not null default 0;
alter table insight_rating_agency_day add column sym bigint not null default 0;
alter table insight_rating_month add column rated bigint not null default 0;
alter table insight_rating_month add column sm bigint not null default 0;
alter table insight_rating_month add column sy bigint not null default 0;
alter table insight_rating_month add column syy bigint not null default 0;
alter table insight_rating_month add column smm bigint not null default 0;
alter table insight_rating_month add column sym bigint not null default 0;

-- Counted once here from the raw ratings (the same query as PendingRatings.sumsByDay); from now on kept with the
-- other rating rollups.
insert into insight_rating_sums_day (on_day, agency_id, desk_id, officer_id, procedure_code, field_code, channel,
  rated, sm, sy, syy, smm, sym)
select on_day, agency_id, desk_id, officer_id, procedure_code, field_code, channel,
  count(*), sum(m), sum(y), sum(y * y), sum(m * m), sum(y * m)
from (
  select r.id, cast(r.created_at as date) on_day, r.agency_id, coalesce(r.desk_id, 0) desk_id,
    coalesce(r.officer_id, 0) officer_id, coalesce(r.procedure_code, '') procedure_code,
    coalesce(r.field_code, '') field_code, r.channel,
    sum(case when x.score between 1 and 5 then 1 else 0 end) m, sum(case when x.score >= 4 then 1 else 0 end) y
  from rating r join rating_answer x on x.rating_id = r.id
  group by r.id, cast(r.created_at as date), r.agency_id, coalesce(r.desk_id, 0), coalesce(r.officer_id, 0),
    coalesce(r.procedure_code, ''), coalesce(r.field_code, ''), r.channel
) q where m > 0
group by on_day, agency_id, desk_id, officer_id, procedure_code, field_code, channel;

-- Ballot-box tallies (slips not keyed one by one): per desk, N slips (the most answers any item received), A
-- answers, S satisfied. A slip's answers are taken as wholly correlated (the conservative bound): K = ⌈A ÷ N⌉
-- answers a slip, Σm = A, Σy = S, Σm² = K·A, Σym = Σy² = K·S.
insert into insight_rating_sums_day (on_day, agency_id, desk_id, officer_id, procedure_code, field_code, channel,
  rated, sm, sy, syy, smm, sym)
select on_day, agency_id, desk_id, 0, '', '', 'BALLOT', n, a, s, k * s, k * a, k * s
from (
  select on_day, agency_id, desk_id, max(a1) n, sum(a1) a, sum(s1) s, (sum(a1) + max(a1) - 1) / max(a1) k
  from (select on_day, agency_id, desk_id, item_code, sum(s1 + s2 + s3 + s4 + s5) a1, sum(s4 + s5) s1
        from insight_rating_day where channel = 'BALLOT' group by on_day, agency_id, desk_id, item_code) i
  group by on_day, agency_id, desk_id
) t where n > 0;

update insight_rating_agency_day t set
  rated = (select coalesce(sum(s.rated), 0) from insight_rating_sums_day s where s.agency_id = t.agency_id and s.on_day = t.on_day),
  sm = (select coalesce(sum(s.sm), 0) from insight_rating_sums_day s where s.agency_id = t.agency_id and s.on_day = t.on_day),
  sy = (select coalesce(sum(s.sy), 0) from insight_rating_sums_day s where s.agency_id = t.agency_id and s.on_day = t.on_day),
  syy = (select coalesce(sum(s.syy), 0) from insight_rating_sums_day s where s.agency_id = t.agency_id and s.on_day = t.on_day),
  smm = (select coalesce(sum(s.smm), 0) from insight_rating_sums_day s where s.agency_id = t.agency_id and s.on_day = t.on_day),
  sym = (select coalesce(sum(s.sym), 0) from insight_rating_sums_day s where s.agency_id = t.agency_id and s.on_day = t.on_day);
update insight_rating_month t set
  rated = (select coalesce(sum(s.rated), 0) from insight_rating_sums_day s where s.agency_id = t.agency_id
    and cast(date_trunc('month', s.on_day) as date) = t.on_month),
  sm = (select coalesce(sum(s.sm), 0) from insight_rating_sums_day s where s.agency_id = t.agency_id
    and cast(date_trunc('month', s.on_day) as date) = t.on_month),
  sy = (select coalesce(sum(s.sy), 0) from insight_rating_sums_day s where s.agency_id = t.agency_id
    and cast(date_trunc('month', s.on_day) as date) = t.on_month),
  syy = (select coalesce(sum(s.syy), 0) from insight_rating_sums_day s where s.agency_id = t.agency_id
    and cast(date_trunc('month', s.on_day) as date) = t.on_month),
  smm = (select coalesce(sum(s.smm), 0) from insight_rating_sums_day s where s.agency_id = t.agency_id
    and cast(date_trunc('month', s.on_day) as date) = t.on_month),
  sym = (select coalesce(sum(s.sym), 0) from insight_rating_sums_day s where s.agency_id = t.agency_id
    and cast(date_trunc('month', s.on_day) as date) = t.on_month);
