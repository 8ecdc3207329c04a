/**
 * The pages of workflows (Jakarta Faces views in {@code META-INF/resources/workflows}): my approvals,
 * a task with its record and actions, an instance with its timeline and process diagram, and the
 * printable approval record. Controllers read through {@link io.atrium.workflows.ui.ApprovalViews}
 * (who may see what) and act through {@link io.atrium.workflows.runtime.Approvals}; the diagram is
 * SVG drawn on the server ({@link io.atrium.workflows.ui.ProcessDiagram}), the record's fields pass
 * through {@link io.atrium.workflows.ui.TaskFieldView}.
 */
package io.atrium.workflows.ui;
