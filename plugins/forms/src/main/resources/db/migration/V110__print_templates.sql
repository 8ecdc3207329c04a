-- The print template of each form (the storage's scripts are V1..V99, the pages' from V100). A
-- template is not part of the schema: designers change it without publishing a new version.
CREATE TABLE ${prefix}print_template (
    form_key   VARCHAR(40)  NOT NULL PRIMARY KEY,
    template   ${clob}      NOT NULL,
    updated_by BIGINT,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
