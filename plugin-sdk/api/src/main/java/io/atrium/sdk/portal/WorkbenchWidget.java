package io.atrium.sdk.portal;

import java.util.Locale;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/** SPI: a card on the workbench home page. A widget that throws shows an error card, not a broken page. */
@ConsumerType
public interface WorkbenchWidget {

  /** Stable id, unique within the plugin. */
  String id();

  /** Message key of the card's title, in the plugin's bundle. */
  String titleKey();

  /** Position; lower comes first. */
  default int order() {
    return 100;
  }

  /** Permission a user needs to see the card, if any. */
  default Optional<String> permission() {
    return Optional.empty();
  }

  /** What the card shows for the current user. */
  WidgetContent content(Locale locale);
}
