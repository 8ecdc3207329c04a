/**
 * Forms: the no-code form engine. Business admins design forms ({@code schema}); publishing one
 * creates or migrates a real table ({@code storage}); staff fill and list records ({@code records},
 * {@code web}); other plugins reach the records through the SDK's record source contract.
 */
package io.atrium.forms;
