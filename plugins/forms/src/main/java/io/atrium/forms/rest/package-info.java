/** The forms REST API under {@code /api/v1/forms}: scripting forms and their records. */
package io.atrium.forms.rest;
