-- Public intake of forms: per form whether it is open to anonymous visitors, at which random slug,
-- what they read after submitting and who owns their records; and the key that signs the pages.
CREATE TABLE ${prefix}intake (
    form_key      VARCHAR(40)  NOT NULL PRIMARY KEY,
    -- random, never derived from the form key, so the public address tells nothing about the form
    slug          VARCHAR(40)  NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    thank_you     ${clob},
    -- the user new records belong to, or null for none
    owner_id      BIGINT,
    -- names of fields the designer keeps off the public page, separated by commas
    excluded      ${clob},
    updated_by    BIGINT,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ${prefix}intake_slug_uq UNIQUE (slug)
);

-- one row: the key that signs the render-time tokens of intake pages, shared by all nodes
CREATE TABLE ${prefix}intake_key (
    id            INT          NOT NULL PRIMARY KEY,
    secret        VARCHAR(100) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
