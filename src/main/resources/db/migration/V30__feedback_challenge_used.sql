-- feedback: a solved challenge counts for one submission only; its nonce is kept until the challenge expires.
create table feedback_challenge_used (
    nonce varchar(32) primary key,
    expires_at timestamp not null
);
create index ix_feedback_challenge_expires on feedback_challenge_used (expires_at);

-- feedback: how many cases from the public form asked for an SMS to one number on one day.
create index ix_feedback_phone on feedback_case (contact_phone, received_at);
