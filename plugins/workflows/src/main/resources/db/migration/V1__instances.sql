-- Approval instances (decision 54): one row per instance with its version (the optimistic lock),
-- its tokens and tasks as rows in list order, the trail in order, and the applied action ids.
CREATE TABLE ${prefix}instance (
    id                  VARCHAR(36)  PRIMARY KEY,
    definition_key      VARCHAR(100) NOT NULL,
    definition_version  INT          NOT NULL,
    record_ref          VARCHAR(200) NOT NULL,
    submitter_id        BIGINT       NOT NULL,
    version             BIGINT       NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    id_counter          INT          NOT NULL
);

-- the instances of a record
CREATE INDEX ${prefix}instance_record_ix ON ${prefix}instance (record_ref);

-- a token's trail is its passed nodes, one "visit nodeId" per line
CREATE TABLE ${prefix}token (
    instance_id  VARCHAR(36)    NOT NULL,
    id           VARCHAR(60)    NOT NULL,
    list_index   INT            NOT NULL,
    parent_id    VARCHAR(60),
    node_id      VARCHAR(100)   NOT NULL,
    visit        INT            NOT NULL,
    state        VARCHAR(20)    NOT NULL,
    trail        VARCHAR(10000) NOT NULL,
    PRIMARY KEY (instance_id, id)
);

CREATE TABLE ${prefix}task (
    id           VARCHAR(60)  PRIMARY KEY,
    instance_id  VARCHAR(36)  NOT NULL,
    list_index   INT          NOT NULL,
    token_id     VARCHAR(60)  NOT NULL,
    node_id      VARCHAR(100) NOT NULL,
    visit        INT          NOT NULL,
    seat         INT          NOT NULL,
    ordinal      INT          NOT NULL,
    assignee_id  BIGINT       NOT NULL,
    origin       VARCHAR(20)  NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    automatic    BOOLEAN      NOT NULL,
    opened_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at    TIMESTAMP WITH TIME ZONE
);

-- an instance's tasks, and a person's to-do list
CREATE INDEX ${prefix}task_instance_ix ON ${prefix}task (instance_id, list_index);
CREATE INDEX ${prefix}task_todo_ix ON ${prefix}task (assignee_id, status);

-- people are user ids separated by commas
CREATE TABLE ${prefix}trail (
    instance_id     VARCHAR(36)   NOT NULL,
    seq             INT           NOT NULL,
    acted_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id        BIGINT,
    kind            VARCHAR(30)   NOT NULL,
    node_id         VARCHAR(100),
    task_id         VARCHAR(60),
    people          VARCHAR(2000) NOT NULL,
    target_node_id  VARCHAR(100),
    comment_text    VARCHAR(4000),
    PRIMARY KEY (instance_id, seq)
);

-- the applied actions by the caller's id; the fingerprint is a SHA-256 of what the action was
CREATE TABLE ${prefix}action (
    action_id        VARCHAR(100) PRIMARY KEY,
    fingerprint      CHAR(64)     NOT NULL,
    instance_id      VARCHAR(36)  NOT NULL,
    version          BIGINT       NOT NULL,
    approval_status  VARCHAR(20)  NOT NULL
);
