-- Module dossier. What the one-stop rules of Decree 118/2025/NĐ-CP count against a unit, once per dossier and kind:
-- a supplement asked late or twice (Art. 19(5), 11(2)(c)), an apology later than one day before the due date
-- (Art. 19(6)), an online dossier not handled within 8 working hours (Art. 17(2)). The dossier goes on; the flag stays.
create table dossier_flag (
    dossier_id bigint not null references dossier (id),
    flag varchar(40) not null,
    raised_at timestamp not null,
    primary key (dossier_id, flag)
);
create index ix_dossier_flag on dossier_flag (flag, raised_at);
