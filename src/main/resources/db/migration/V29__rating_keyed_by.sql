-- rating: who keyed a rating in on the citizen's behalf (a paper slip typed by staff: the user name);
-- null for the citizen's own channels (QR, web, kiosk).
alter table rating add column keyed_by varchar(60);
