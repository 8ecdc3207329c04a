/**
 * Notifications: plugins send them with {@link io.atrium.sdk.notify.Notifier}; the kernel shows
 * them in the portal's bell and delivers them to the channels each recipient chose (e-mail built
 * in; DingTalk, WeCom and others as {@link io.atrium.sdk.notify.NotificationChannel} plugins).
 */
@Version("1.0.0")
@Export
package io.atrium.sdk.notify;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
