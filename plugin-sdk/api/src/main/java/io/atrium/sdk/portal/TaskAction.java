package io.atrium.sdk.portal;

/**
 * An action the to-do center can apply to several selected tasks at once, such as approve.
 *
 * @param id stable id, e.g. {@code approve}
 * @param labelKey message key of the button, in the plugin's bundle
 * @param needsComment whether the user must write a comment
 */
public record TaskAction(String id, String labelKey, boolean needsComment) {
}
