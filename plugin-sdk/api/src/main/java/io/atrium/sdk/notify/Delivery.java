package io.atrium.sdk.notify;

import io.atrium.sdk.identity.Person;
import java.util.Locale;

/**
 * One notification for one recipient on one channel, already translated.
 *
 * @param id unique id of this delivery; a channel may see it again after a failure
 * @param recipient who gets it
 * @param locale the recipient's language
 * @param category the notification's category
 * @param title the title text
 * @param body the body text, or empty
 * @param link the absolute URL it leads to, or null
 */
public record Delivery(String id, Person recipient, Locale locale, String category, String title, String body,
    String link) {
}
