-- ${prefix} is the owner's table prefix; ${blob} and ${clob} the database's binary and long-text types
CREATE TABLE ${prefix}note (
    id          BIGINT       NOT NULL PRIMARY KEY,
    title       VARCHAR(200) NOT NULL,
    body        ${clob},
    attachment  ${blob}
);
