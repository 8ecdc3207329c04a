/**
 * Serial numbers: patterns such as {@code BX-{yyyyMMdd}-{seq:4}} and the counters that hand out
 * their sequence, unique and without gaps per period.
 */
package io.atrium.forms.storage.serial;
