package io.atrium.forms;

/**
 * A ready-made app (form) for one of the product's scenarios, as the template list shows it.
 *
 * @param id the template's id, e.g. {@code expense-claim}; also the key its form gets by default
 * @param name its name in the caller's language
 * @param description what it is for, in the caller's language
 * @param samples how many sample records it can add
 */
public record AppTemplate(String id, String name, String description, int samples) {
}
