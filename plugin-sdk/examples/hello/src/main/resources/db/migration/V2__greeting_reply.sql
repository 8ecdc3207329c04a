-- Who answered a greeting in person, when, and with what note: greetings not yet answered are
-- to-dos of the people who may reply (see GreetingTasks).
ALTER TABLE ${prefix}greeting ADD COLUMN replied_by VARCHAR(100);
ALTER TABLE ${prefix}greeting ADD COLUMN replied_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE ${prefix}greeting ADD COLUMN reply_note VARCHAR(2000);
