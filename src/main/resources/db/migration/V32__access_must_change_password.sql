-- access: an administrator who sets a user's password makes the user choose a new one at the next sign-in.
alter table app_user add column must_change_password boolean default false not null;
