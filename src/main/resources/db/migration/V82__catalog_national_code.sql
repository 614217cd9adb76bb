-- The procedure's code in the National Database on Administrative Procedures (mã TTHC, e.g. 1.001193), beside
-- HaiLong's local code; unknown (null) until entered. One procedure per national code.
alter table admin_procedure add column national_code varchar(20);
create unique index ux_procedure_national_code on admin_procedure (national_code);
