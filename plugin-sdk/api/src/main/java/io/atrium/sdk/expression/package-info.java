/**
 * Expressions in Jakarta EL, the one language for conditions and computed values across Atrium:
 * form formulas and rules, workflow branch conditions, automation. Expressions are written without
 * the {@code ${}} delimiters, e.g. {@code amount * 1.13} or {@code endDate >= startDate}; they see
 * only the variables given to them and the functions listed in
 * {@link io.atrium.sdk.expression.Expressions}, never Java classes or beans of the server.
 */
@Version("1.0.0")
@Export
package io.atrium.sdk.expression;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
