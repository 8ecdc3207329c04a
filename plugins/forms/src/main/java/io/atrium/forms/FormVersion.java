package io.atrium.forms;

import java.time.Instant;
import java.util.List;

/**
 * One entry of a form's version history.
 *
 * @param version its number
 * @param publishedAt when
 * @param publishedBy display name of who published it
 * @param changes what changed against the version before, one line each, in the caller's language
 */
public record FormVersion(int version, Instant publishedAt, String publishedBy, List<String> changes) {
}
