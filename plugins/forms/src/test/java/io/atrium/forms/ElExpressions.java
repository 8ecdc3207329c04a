package io.atrium.forms;

import io.atrium.sdk.expression.CompiledExpression;
import io.atrium.sdk.expression.Expressions;
import io.atrium.sdk.time.AtriumClock;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** The kernel's {@link Expressions} on the system clock in the company's zone, for tests without a server. */
public final class ElExpressions implements Expressions {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final Expressions kernel = new io.atrium.kernel.expression.ElExpressions(new AtriumClock() {
    @Override
    public Instant now() {
      return Instant.now();
    }

    @Override
    public ZoneId zone() {
      return ZONE;
    }

    @Override
    public Clock asClock() {
      return Clock.system(ZONE);
    }
  });

  @Override
  public <T> CompiledExpression<T> compile(String expression, Class<T> resultType) {
    return kernel.compile(expression, resultType);
  }
}
