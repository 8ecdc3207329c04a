package io.atrium.kernel.notify;

/**
 * How many channel deliveries stand where.
 *
 * @param pending waiting, including those being retried
 * @param retrying waiting after at least one failed attempt
 * @param delivered handed to their channel (until purged)
 * @param skipped not sent on purpose
 * @param dead given up
 */
public record DeliveryCounts(long pending, long retrying, long delivered, long skipped, long dead) {
}
