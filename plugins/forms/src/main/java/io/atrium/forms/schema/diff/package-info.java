/** What changed between two versions of a form, for the designer's version history. */
package io.atrium.forms.schema.diff;
