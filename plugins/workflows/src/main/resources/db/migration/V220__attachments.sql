-- Comment attachments (decision 71): files an assignee uploads for their task, blobs of the plugin;
-- the action that carries them ties them to its trail entry (trail_seq, null until then).
CREATE TABLE ${prefix}attachment (
    blob_id      VARCHAR(100) PRIMARY KEY,
    instance_id  VARCHAR(36)  NOT NULL,
    task_id      VARCHAR(60)  NOT NULL,
    uploaded_by  BIGINT       NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    trail_seq    INT
);

-- an instance's attachments, for its trail
CREATE INDEX ${prefix}attachment_instance_ix ON ${prefix}attachment (instance_id);
