-- Out of office (decision 68): one period per person; while it lasts, the tasks that come to them
-- go to their stand-in. The period is [starts_at, ends_at).
CREATE TABLE ${prefix}out_of_office (
    user_id      BIGINT PRIMARY KEY,
    stand_in_id  BIGINT NOT NULL,
    starts_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
