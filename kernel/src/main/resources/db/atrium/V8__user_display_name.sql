-- People are looked up by their display name (a comment's @李雷 mentions the one person so named).

CREATE INDEX ${prefix}user_display_name_idx ON ${prefix}user (display_name);
