package io.atrium.workflows.storage;

import java.time.Instant;

/**
 * One published, immutable version of a process.
 *
 * @param key the process key
 * @param version 1, 2, ...
 * @param name its name
 * @param sourceKey the record source it approves
 * @param publishedBy who published it, or null
 * @param publishedAt when
 */
public record PublishedVersion(String key, int version, String name, String sourceKey, Long publishedBy,
    Instant publishedAt) {
}
