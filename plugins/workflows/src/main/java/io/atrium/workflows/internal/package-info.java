/** The plugin's components: the services the platform wires with Declarative Services. */
package io.atrium.workflows.internal;
