package io.atrium.web.faces;

import io.atrium.kernel.ui.ControllerRef;
import io.atrium.kernel.ui.UiRegistry;
import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves EL names to plugin controllers ({@code #{helloGreetings.count}}) and {@code texts} to
 * the plugins' translated texts. A controller instance lives in the scope its plugin declared;
 * after the plugin restarts, a fresh instance replaces the stale one.
 */
public class PluginControllerResolver extends ELResolver {

  /** EL name of the plugin texts map. */
  public static final String TEXTS = "texts";
  static final String KEY_PREFIX = "atrium.controller.";

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    if (base != null || !(property instanceof String name)) {
      return null;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces == null) {
      return null;
    }
    UiRegistry ui = Portal.ui();
    if (ui == null) {
      return null;
    }
    if (TEXTS.equals(name)) {
      context.setPropertyResolved(true);
      return new PluginTextsMap(ui, faces.getViewRoot() == null ? faces.getApplication().getDefaultLocale()
          : faces.getViewRoot().getLocale());
    }
    Optional<ControllerRef> ref = ui.controller(name);
    if (ref.isEmpty()) {
      return null;
    }
    Map<String, Object> scope = scopeMap(faces, ref.get());
    if (scope == null) {
      return null;
    }
    String key = KEY_PREFIX + name;
    Object stored = scope.get(key);
    if (stored instanceof ControllerHandle handle && handle.isCurrent(ref.get().objects())) {
      context.setPropertyResolved(true);
      return handle.instance();
    }
    if (stored instanceof ControllerHandle stale) {
      stale.release();
    }
    ControllerHandle handle = new ControllerHandle(ref.get().objects());
    if (handle.instance() == null) {
      return null;
    }
    scope.put(key, handle);
    if (ref.get().scope() == io.atrium.sdk.ui.ControllerScope.REQUEST) {
      RequestReleaser.track(faces.getExternalContext(), handle);
    }
    context.setPropertyResolved(true);
    return handle.instance();
  }

  private static Map<String, Object> scopeMap(FacesContext faces, ControllerRef ref) {
    ExternalContext external = faces.getExternalContext();
    return switch (ref.scope()) {
      case REQUEST -> external.getRequestMap();
      case SESSION -> external.getSessionMap();
      case VIEW -> faces.getViewRoot() == null ? null : faces.getViewRoot().getViewMap();
    };
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    // controllers are read-only names
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return base == null && property instanceof String name && Portal.ui() != null
        && Portal.ui().controller(name).isPresent();
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base == null ? String.class : null;
  }
}
