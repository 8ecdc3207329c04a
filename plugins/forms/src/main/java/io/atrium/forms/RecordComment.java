package io.atrium.forms;

import java.time.Instant;
import java.util.List;

/**
 * A comment on a record.
 *
 * @param id the comment's id
 * @param recordId the record it is about
 * @param authorId who wrote it (account id), or null
 * @param authorName their login name, or null
 * @param text the text as typed: show it escaped
 * @param mentions the ids of the users it mentioned and who were told
 * @param createdAt when it was written
 * @param deletable whether the caller may delete it
 */
public record RecordComment(long id, long recordId, Long authorId, String authorName, String text,
    List<Long> mentions, Instant createdAt, boolean deletable) {
}
