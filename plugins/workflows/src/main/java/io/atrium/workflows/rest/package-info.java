/**
 * {@code /api/v1/workflows}: process definitions (draft, publish), instances (start, read with the
 * trail, withdraw) and the caller's tasks (list, approve, reject, return, transfer, add a signer,
 * urge), described in {@code META-INF/atrium/openapi.json}.
 */
package io.atrium.workflows.rest;
