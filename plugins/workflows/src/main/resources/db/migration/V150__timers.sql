-- Timers (decision 59): a token waiting at a delay node keeps when it may move on; a task keeps
-- when it came on the to-do list (its SLA counts from then), the reminders sent and whether it
-- was escalated. Versioned with a gap so that other scripts of the same release can go before it.
ALTER TABLE ${prefix}token ADD COLUMN due_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE ${prefix}task ADD COLUMN pending_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE ${prefix}task ADD COLUMN reminders INT DEFAULT 0 NOT NULL;
ALTER TABLE ${prefix}task ADD COLUMN escalated BOOLEAN DEFAULT FALSE NOT NULL;
