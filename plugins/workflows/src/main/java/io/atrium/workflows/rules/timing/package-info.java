/**
 * When relative-date rules fire: {@link io.atrium.workflows.rules.timing.RelativeDates} gives a
 * record's next firing for a date field in the company's zone (yearly for birthdays), and
 * {@link io.atrium.workflows.rules.timing.CatchUp} the firings that fell due between two checks, so
 * firings missed while the server was down run at start.
 */
package io.atrium.workflows.rules.timing;
