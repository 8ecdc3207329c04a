package io.atrium.forms.web;

/**
 * A comment on the record page.
 *
 * @param id the comment's id
 * @param who the author's name
 * @param when when it was written, in the company's zone
 * @param text the text as typed; the page escapes it
 * @param deletable whether the viewer may delete it
 */
public record CommentView(long id, String who, String when, String text, boolean deletable) {
}
