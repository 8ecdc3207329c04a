-- Process definitions (decision 58): one row per process with its draft, and one row per
-- published version, which never changes once written (running instances keep their version).
-- source_key is the record source the process approves, e.g. forms.campaign.
CREATE TABLE ${prefix}process (
    def_key         VARCHAR(100) PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    source_key      VARCHAR(150) NOT NULL,
    draft_json      ${clob}      NOT NULL,
    latest_version  INT          NOT NULL,
    saved_by        BIGINT,
    saved_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE ${prefix}process_version (
    def_key          VARCHAR(100) NOT NULL,
    version          INT          NOT NULL,
    name             VARCHAR(200) NOT NULL,
    source_key       VARCHAR(150) NOT NULL,
    definition_json  ${clob}      NOT NULL,
    published_by     BIGINT,
    published_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (def_key, version)
);

-- the last urge per task, for the rate limit; shared by all nodes
CREATE TABLE ${prefix}urge (
    task_id   VARCHAR(60) PRIMARY KEY,
    urged_by  BIGINT      NOT NULL,
    urged_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
