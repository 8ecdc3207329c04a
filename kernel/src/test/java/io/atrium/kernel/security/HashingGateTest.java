package io.atrium.kernel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HashingGateTest {

  @Test
  void noMoreHashesRunAtOnceThanTheGateAllowsAndAllFinish() throws Exception {
    HashingGate gate = new HashingGate(2);
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService callers = Executors.newFixedThreadPool(12);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        int caller = i;
        results.add(callers.submit(() -> {
          start.await();
          return gate.compute(() -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
              Thread.sleep(20);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return "hash " + caller;
          });
        }));
      }
      start.countDown();
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get(30, TimeUnit.SECONDS)).isEqualTo("hash " + i);
      }
    } finally {
      callers.shutdownNow();
    }
    assertThat(most.get()).isEqualTo(2);
    assertThat(running.get()).isZero();
  }

  @Test
  void aFailingHashGivesItsPermitBack() {
    HashingGate gate = new HashingGate(1);
    assertThatThrownBy(() -> gate.compute(() -> {
      throw new IllegalArgumentException("broken hash");
    })).hasMessage("broken hash");

    // the one permit is free again
    assertThat(gate.compute(() -> "next")).isEqualTo("next");
  }

  @Test
  void theGateOfThisJvmHoldsAtMostAQuarterOfTheHeapAndAtLeastOneHash() {
    HashingGate gate = HashingGate.forThisJvm();

    assertThat(gate.size()).isBetween(1, Runtime.getRuntime().availableProcessors());
    assertThat((long) gate.size() * HashingGate.BYTES_PER_HASH)
        .isLessThanOrEqualTo(Math.max(HashingGate.BYTES_PER_HASH, Runtime.getRuntime().maxMemory() / 4));
  }
}
