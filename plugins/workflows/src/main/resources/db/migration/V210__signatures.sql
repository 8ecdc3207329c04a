-- Handwritten signatures (decision 70): the PNG of an approval is a blob of the plugin; this row
-- ties it to the task it signed. One signature per task.
CREATE TABLE ${prefix}signature (
    task_id      VARCHAR(60)  PRIMARY KEY,
    instance_id  VARCHAR(36)  NOT NULL,
    blob_id      VARCHAR(100) NOT NULL,
    signer_id    BIGINT       NOT NULL,
    signed_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- an instance's signatures, for its page and its printout
CREATE INDEX ${prefix}signature_instance_ix ON ${prefix}signature (instance_id);
