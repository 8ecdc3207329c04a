/**
 * Storage of forms and their records: form definitions and published versions ({@link
 * io.atrium.forms.storage.FormStore}), the generated record tables and their migration when a form
 * is published ({@link io.atrium.forms.storage.FormPublisher}), and the records in those tables
 * ({@link io.atrium.forms.storage.RecordStore}).
 *
 * <p>Every table and column name is generated ({@code forms_t<form id>}, {@code c<n>}, child
 * tables {@code _m<n>} and {@code _s<n>}) and recorded in the form's {@link
 * io.atrium.forms.storage.TableAllocation}; no name is ever taken from user text, and every value
 * travels as a bind parameter.
 */
package io.atrium.forms.storage;
