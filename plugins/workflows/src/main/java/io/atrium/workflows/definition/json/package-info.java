/**
 * The JSON form of process definitions ({@link io.atrium.workflows.definition.json.ProcessDefinitionJson}):
 * reading with every problem and its JSON path, and writing.
 */
package io.atrium.workflows.definition.json;
