/**
 * The JSON form of automation rules ({@link io.atrium.workflows.rules.json.RuleJson}): reading with
 * every problem and its JSON path, and writing.
 */
package io.atrium.workflows.rules.json;
