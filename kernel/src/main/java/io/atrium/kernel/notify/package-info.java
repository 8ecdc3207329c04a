/**
 * Notifications: the {@link io.atrium.sdk.notify.Notifier} host service, the in-app inbox, user
 * preferences per channel and category, and the dispatcher that delivers to channels after commit.
 */
package io.atrium.kernel.notify;
