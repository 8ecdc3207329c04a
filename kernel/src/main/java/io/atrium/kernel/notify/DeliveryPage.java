package io.atrium.kernel.notify;

import java.util.List;

/**
 * A page of deliveries.
 *
 * @param total how many match
 * @param offset the first item's position
 * @param limit the page size asked for
 * @param items the deliveries, newest first
 */
public record DeliveryPage(long total, int offset, int limit, List<DeliveryView> items) {
}
