package io.atrium.forms.web;

import java.util.List;
import java.util.Optional;

/**
 * Where the region cascade (province / city / district) takes its places from. The built-in
 * {@link BuiltInRegions} holds a small set; a fuller data set can take its place as another
 * implementation.
 */
public interface RegionSource {

  /** A place: its code (GB/T 2260 for China) and name. */
  record Region(String code, String name) {
  }

  /** The places under a code, or the provinces for null, in display order. */
  List<Region> children(String parentCode);

  /** The place with that code. */
  Optional<Region> find(String code);
}
