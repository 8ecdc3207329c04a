/**
 * Approver strategies: one per {@link io.atrium.workflows.definition.ApproverRule} type, turning a
 * rule into people with the org chart. Plugin-internal for now; the interface is meant to move to
 * the SDK as a service provider interface.
 */
package io.atrium.workflows.approver;
