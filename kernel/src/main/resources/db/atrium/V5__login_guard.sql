-- Failed sign-ins per account and per client address, and the lockouts they caused. Kept in the
-- database so that every node of a cluster counts the same attempts and a restart lifts nothing.
CREATE TABLE ${prefix}login_failure (
    kind             VARCHAR(8)   NOT NULL,
    subject          VARCHAR(200) NOT NULL,
    failures         INT          NOT NULL,
    window_start     TIMESTAMP WITH TIME ZONE NOT NULL,
    last_failure_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until     TIMESTAMP WITH TIME ZONE,
    lockouts         INT          NOT NULL,
    PRIMARY KEY (kind, subject)
);
