package io.atrium.forms.imports;

/**
 * One problem of one row.
 *
 * @param row the row number as the spreadsheet shows it (the header is row 1)
 * @param column the column's header, or empty when the problem concerns the whole row
 * @param field the field's name, or empty
 * @param message what is wrong, in the language of the user who started the check
 */
public record ImportProblem(int row, String column, String field, String message) {
}
