package io.atrium.web.servlet;

import io.atrium.kernel.Kernel;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import java.util.Set;

/**
 * Starts the kernel's boot as early as the container allows: initializers run before Faces and
 * Shiro set themselves up, so the kernel boots on its own thread while they do.
 * {@link PlatformDatabase} starts it too, for containers that skip this initializer.
 */
public class KernelStarter implements ServletContainerInitializer {

  @Override
  public void onStartup(Set<Class<?>> classes, ServletContext context) {
    CDI.current().select(Kernel.class).get().start();
  }
}
