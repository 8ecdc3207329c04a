package io.atrium.sdk.blob;

import java.time.Instant;

/**
 * A stored file.
 *
 * @param id opaque id, safe in URLs
 * @param filename the name the user gave it
 * @param mediaType the type found in its content, e.g. {@code image/png}
 * @param size bytes
 * @param sha256 hex digest of the content
 * @param storedAt when it was stored
 */
public record StoredBlob(String id, String filename, String mediaType, long size, String sha256,
    Instant storedAt) {
}
