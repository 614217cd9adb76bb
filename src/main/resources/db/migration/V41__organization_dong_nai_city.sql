-- Resolution 30/2026/QH16: Đồng Nai becomes a centrally run city on 30/04/2026 and ten of its xã
-- become phường. The units loaded as valid from 2025-07-01 (data/units/vn-admin-units-2026.csv)
-- already hold the state after the resolution; here they get back their state before it, valid
-- until 2026-04-29, and the state after it becomes a new version from 2026-04-30, linked to the old
-- one as its successor so that history stays reportable under either. The old state is the one the
-- upstream data set held before its update for this resolution (thanglequoc/vietnamese-provinces-database
-- commit 6b91bdb7, parent b88a1ebc).

-- 1. The versions from 2026-04-30: copies of the loaded rows.
insert into admin_unit (code, parent_code, level, unit_type, name, full_name, name_en, search_name, valid_from, valid_to)
select u.code, u.parent_code, u.level, u.unit_type, u.name, u.full_name, u.name_en, u.search_name, date '2026-04-30', null
from admin_unit u
where u.valid_from = date '2025-07-01' and u.valid_to is null
  and ((u.level = 'province' and u.code = '75')
    or (u.level = 'commune' and u.code in ('25270', '25357', '25363', '26116', '26170', '26248', '26326', '26368', '26425', '26485')))
  and not exists (select 1 from admin_unit n where n.code = u.code and n.valid_from = date '2026-04-30');

-- 2. The versions from 2025-07-01 end the day before, with the old name and type.
update admin_unit set unit_type = 'Tỉnh', full_name = 'Tỉnh Đồng Nai', search_name = 'tinh dong nai', valid_to = date '2026-04-29'
where level = 'province' and code = '75' and valid_from = date '2025-07-01';

update admin_unit set unit_type = 'Xã', full_name = 'Xã ' || name, search_name = 'xa ' || substring(search_name from 8),
    valid_to = date '2026-04-29'
where level = 'commune' and valid_from = date '2025-07-01' and search_name like 'phuong %'
  and code in ('25270', '25357', '25363', '26116', '26170', '26248', '26326', '26368', '26425', '26485');

-- 3. Each old version is succeeded by its new version.
insert into unit_succession (predecessor_id, successor_id, effective_date)
select o.id, n.id, date '2026-04-30'
from admin_unit o join admin_unit n on n.code = o.code and n.level = o.level
where o.valid_from = date '2025-07-01' and o.valid_to = date '2026-04-29' and n.valid_from = date '2026-04-30'
  and not exists (select 1 from unit_succession s where s.predecessor_id = o.id and s.successor_id = n.id);

-- Lower-case unit type in the source data ("xã Bắc Sơn").
update admin_unit set full_name = 'X' || substring(full_name from 2) where full_name like 'xã %';
update admin_unit set full_name = 'P' || substring(full_name from 2) where full_name like 'phường %';
