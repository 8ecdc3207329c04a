package io.atrium.workflows.rules.runtime;

import java.time.Instant;

/**
 * A to-do a rule created for one person.
 *
 * @param id its id
 * @param assigneeId who should do it
 * @param ruleKey the rule that created it
 * @param title what to do
 * @param recordRef the record it is about ({@code source/id}), or null
 * @param dueAt when it is due
 * @param createdAt when the rule created it
 * @param doneAt when it was marked done, or null while open
 */
public record RuleTodo(long id, long assigneeId, String ruleKey, String title, String recordRef, Instant dueAt,
    Instant createdAt, Instant doneAt) {
}
