-- Files stored through the BlobStore host service: the content lies under <data>/blobs/<plugin>/,
-- this table says what it is and which plugin owns it.

CREATE TABLE ${prefix}blob (
    -- random, URL-safe, never derived from the file name
    id         VARCHAR(32)   NOT NULL PRIMARY KEY,
    plugin_id  VARCHAR(40)   NOT NULL,
    -- the name the user gave it, for display and download only
    filename   VARCHAR(255)  NOT NULL,
    -- the type found in the content
    media_type VARCHAR(255)  NOT NULL,
    size_bytes BIGINT        NOT NULL,
    sha256     VARCHAR(64)   NOT NULL,
    stored_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- a plugin's files, oldest first (clean-up, administration)
CREATE INDEX ${prefix}blob_plugin_idx ON ${prefix}blob (plugin_id, stored_at);
