package io.atrium.forms;

import java.util.List;

/**
 * A page of a record's comments.
 *
 * @param total how many the record has
 * @param comments the page, oldest first
 */
public record CommentPage(long total, List<RecordComment> comments) {
}
