-- The resolution that created each version of a unit, when known (the unit-change import records it).
alter table admin_unit add column resolution varchar(60);

update admin_unit set resolution = '30/2026/QH16' where valid_from = date '2026-04-30';
