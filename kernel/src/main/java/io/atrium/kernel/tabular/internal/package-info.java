/** The readers and writers behind {@link io.atrium.kernel.tabular.FileSpreadsheets}. */
package io.atrium.kernel.tabular.internal;
