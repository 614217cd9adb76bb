-- The audit log page: keyset pages in time order, filters by action and actor.
create index ix_audit_at_id on audit_log (at, id);
create index ix_audit_action_at on audit_log (action, at);
create index ix_audit_actor on audit_log (actor);
