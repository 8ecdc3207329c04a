/**
 * The forms plugin's services behind the facades: the catalog of forms, the records of each
 * published form as the caller sees them, the record sources other plugins use, and the
 * permissions forms declare.
 */
package io.atrium.forms.internal;
