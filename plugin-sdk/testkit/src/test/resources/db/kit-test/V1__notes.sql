CREATE TABLE ${prefix}note (
    id   BIGINT PRIMARY KEY,
    text VARCHAR(200) NOT NULL
);
