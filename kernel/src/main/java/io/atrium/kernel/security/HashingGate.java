package io.atrium.kernel.security;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Lets only a few password hashes be computed at once; the others wait their turn. An Argon2id
 * hash holds 64 MiB of memory while it is computed, and every sign-in (also a failed one, and every
 * REST call with Basic credentials) computes one: unbounded, a burst of a few dozen sign-ins fills
 * the heap and the server ends with an OutOfMemoryError. Waiting costs the burst some latency
 * instead, and the hash work is CPU-bound anyway, so more at once than there are processors gains
 * nothing.
 */
final class HashingGate {

  /** Memory one hash holds while it runs: Shiro's Argon2id default, m=65536 KiB. */
  static final long BYTES_PER_HASH = 64L * 1024 * 1024;

  private final Semaphore permits;
  private final int size;

  /** A gate for {@code size} hashes at once (at least one). */
  HashingGate(int size) {
    this.size = Math.max(1, size);
    this.permits = new Semaphore(this.size, true);
  }

  /** As many as there are processors, but with all of them holding at most a quarter of the heap. */
  static HashingGate forThisJvm() {
    Runtime runtime = Runtime.getRuntime();
    long byHeap = runtime.maxMemory() / 4 / BYTES_PER_HASH;
    return new HashingGate((int) Math.min(runtime.availableProcessors(), byHeap));
  }

  /** How many hashes may run at once. */
  int size() {
    return size;
  }

  /** Runs a hash computation when a permit is free, waiting for one if need be. */
  <T> T compute(Supplier<T> hashing) {
    try {
      permits.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting to check a password", e);
    }
    try {
      return hashing.get();
    } finally {
      permits.release();
    }
  }
}
