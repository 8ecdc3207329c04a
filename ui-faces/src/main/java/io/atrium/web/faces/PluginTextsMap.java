package io.atrium.web.faces;

import io.atrium.kernel.ui.UiRegistry;
import java.util.AbstractMap;
import java.util.Locale;
import java.util.Set;

/** {@code #{texts['hello.title']}}: a plugin text in the view's language, or {@code ???key???} when missing. */
final class PluginTextsMap extends AbstractMap<String, String> {

  private final UiRegistry ui;
  private final Locale locale;

  PluginTextsMap(UiRegistry ui, Locale locale) {
    this.ui = ui;
    this.locale = locale;
  }

  @Override
  public String get(Object key) {
    if (key == null) {
      return null;
    }
    String text = key.toString();
    return ui.text(text, locale).orElse("???" + text + "???");
  }

  @Override
  public boolean containsKey(Object key) {
    return key != null && ui.text(key.toString(), locale).isPresent();
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    return Set.of();
  }
}
