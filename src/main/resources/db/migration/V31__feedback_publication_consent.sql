-- feedback: whether the citizen agreed that personal data in the case may be published with the answer
-- (a box on the public form; without it the published texts are anonymised), and the answer's public
-- version (staff may redact it before publishing; the original answer stays in feedback_case.answer).
alter table feedback_case add column publish_consent boolean not null default false;
alter table feedback_case add column public_answer varchar(4000);
