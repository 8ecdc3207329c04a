package io.atrium.sdk.portal;

import java.util.List;
import java.util.Locale;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * SPI: finds a plugin's objects for the global search box. Results are shown grouped by provider.
 * A provider that throws or takes longer than a second is left out of that search.
 */
@ConsumerType
public interface SearchProvider {

  /** Stable id, unique within the plugin. */
  String id();

  /** Message key of the group heading, in the plugin's bundle. */
  String labelKey();

  /** At most {@code limit} hits for the text, best first, only what the current user may see. */
  List<SearchHit> search(String text, Locale locale, int limit);
}
