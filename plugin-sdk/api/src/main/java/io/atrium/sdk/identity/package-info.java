/**
 * The organisation: people, departments and groups as the directory holds them, for approver
 * rules, pickers and row scopes; and the {@link io.atrium.sdk.identity.DirectorySource} SPI through
 * which connector plugins (DingTalk, WeCom, ...) feed the org chart.
 */
@Version("1.1.0")
@Export
package io.atrium.sdk.identity;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
