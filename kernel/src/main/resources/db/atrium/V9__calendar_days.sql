-- The business calendar's exceptions to the usual week: holidays (working = FALSE) and make-up
-- working days on a weekend (working = TRUE, 调休).

CREATE TABLE ${prefix}calendar_day (
  calendar_date DATE NOT NULL PRIMARY KEY,
  working BOOLEAN NOT NULL,
  name VARCHAR(100) NOT NULL
);
