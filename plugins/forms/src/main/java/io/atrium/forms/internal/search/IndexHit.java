package io.atrium.forms.internal.search;

/**
 * A record the index found, best first.
 *
 * @param formKey the form's key
 * @param recordId the record's id
 */
public record IndexHit(String formKey, long recordId) {
}
