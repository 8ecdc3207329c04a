INSERT INTO ${prefix}note (id, title, body) VALUES (1, 'first note of ${prefix}', 'long text');
