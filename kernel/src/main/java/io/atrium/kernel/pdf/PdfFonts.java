package io.atrium.kernel.pdf;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The font files PDFs are rendered with: every font in the folder of the setting
 * {@value #SETTING}, then the Chinese fonts of the usual system folders (WenQuanYi, Noto CJK,
 * Source Han, ...). Found once, when the server starts.
 */
public final class PdfFonts {

  /** The setting naming a folder of extra fonts ({@code .ttf}, {@code .otf}, {@code .ttc}). */
  public static final String SETTING = "atrium.pdf.fonts";

  /** Folders searched for Chinese fonts after the configured one. */
  public static final List<Path> SYSTEM_FOLDERS = List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"),
      Path.of(System.getProperty("user.home", "/nonexistent"), ".fonts"), Path.of("C:/Windows/Fonts"),
      Path.of("/Library/Fonts"), Path.of("/System/Library/Fonts"));

  /** File names of well-known Chinese fonts; the system folders hold far too many fonts to open each. */
  private static final Pattern CHINESE_NAMES = Pattern.compile(
      "(wqy-.*|.*noto.*cjk.*|notosanssc.*|notoserifsc.*|sourcehan.*|droidsansfallback.*|simsun.*|simhei.*|msyh.*"
          + "|pingfang.*|arphic.*|uming.*|ukai.*)\\.(ttf|otf|ttc)");

  private static final Pattern FONT_FILE = Pattern.compile(".*\\.(ttf|otf|ttc)");

  /** 中, to tell a font with Chinese characters. */
  private static final int CHINESE_PROBE = 0x4E2D;

  private static final int MAX_DEPTH = 6;

  private static final Pattern WEIGHTED = Pattern.compile("bold|black|heavy|light|thin|medium|demi|semi");

  /** Regular weights before bold, black, light ...: the first Chinese font found renders all fallback text. */
  private static final java.util.Comparator<Path> REGULAR_FIRST = java.util.Comparator
      .<Path>comparingInt(path -> WEIGHTED.matcher(path.getFileName().toString().toLowerCase(Locale.ROOT)).find()
          ? 1 : 0)
      .thenComparing(java.util.Comparator.naturalOrder());

  private static final Logger LOG = Logger.getLogger(PdfFonts.class.getName());

  /**
   * One font file.
   *
   * @param file the file
   * @param family the family name of its (first) font
   * @param chinese whether it has Chinese characters
   */
  public record Font(File file, String family, boolean chinese) {
  }

  private final List<Font> fonts;

  private PdfFonts(List<Font> fonts) {
    this.fonts = List.copyOf(fonts);
  }

  /**
   * Finds the fonts: all of {@code configured} (if set), then the Chinese ones of {@code systemFolders}.
   * Logs what to install when none has Chinese characters.
   */
  public static PdfFonts find(Optional<Path> configured, List<Path> systemFolders) {
    List<Font> found = new ArrayList<>();
    Set<Path> seen = new LinkedHashSet<>();
    configured.ifPresent(folder -> {
      if (!Files.isDirectory(folder)) {
        LOG.warning(() -> SETTING + " names " + folder + ", which is no folder; its fonts are not used");
      }
      scan(folder, FONT_FILE, seen, found);
    });
    for (Path folder : systemFolders) {
      scan(folder, CHINESE_NAMES, seen, found);
    }
    PdfFonts fonts = new PdfFonts(found);
    if (fonts.chinese().isEmpty()) {
      LOG.warning(() -> "No font with Chinese characters was found (searched " + configured.map(p -> p + ", ").orElse("")
          + systemFolders + "): Chinese text in PDFs renders as blanks. Install one, e.g. the Debian/Ubuntu package "
          + "fonts-wqy-microhei or fonts-noto-cjk, or put a .ttf, .otf or .ttc font into the folder the setting "
          + SETTING + " names, and restart.");
    } else {
      LOG.info(() -> "PDF fonts: " + fonts.fonts.stream().map(f -> f.family() + " (" + f.file() + ")").toList());
    }
    return fonts;
  }

  /** The fonts found, configured ones first. */
  public List<Font> all() {
    return fonts;
  }

  /** The first font with Chinese characters, used for every character the document's fonts lack. */
  public Optional<Font> chinese() {
    return fonts.stream().filter(Font::chinese).findFirst();
  }

  private static void scan(Path folder, Pattern names, Set<Path> seen, List<Font> into) {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> files = Files.find(folder, MAX_DEPTH, (path, attributes) -> attributes.isRegularFile()
        && names.matcher(path.getFileName().toString().toLowerCase(Locale.ROOT)).matches())) {
      files.sorted(REGULAR_FIRST).forEach(path -> {
        if (seen.add(path.toAbsolutePath().normalize())) {
          read(path.toFile()).ifPresent(into::add);
        }
      });
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Could not search " + folder + " for fonts", e);
    }
  }

  /** The family of a font file and whether it has Chinese characters; empty when it cannot be read. */
  static Optional<Font> read(File file) {
    try {
      if (file.getName().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
        try (TrueTypeCollection collection = new TrueTypeCollection(file)) {
          List<Font> inside = new ArrayList<>();
          collection.processAllFonts(ttf -> {
            if (inside.isEmpty()) {
              inside.add(describe(file, ttf));
            }
          });
          return inside.stream().findFirst();
        }
      }
      boolean otf = file.getName().toLowerCase(Locale.ROOT).endsWith(".otf");
      try (TrueTypeFont ttf = otf ? new OTFParser().parse(new RandomAccessReadBufferedFile(file))
          : new TTFParser().parse(new RandomAccessReadBufferedFile(file))) {
        return Optional.of(describe(file, ttf));
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Font file " + file + " cannot be read and is not used", e);
      return Optional.empty();
    }
  }

  private static Font describe(File file, TrueTypeFont ttf) throws IOException {
    String family = ttf.getNaming() == null ? null : ttf.getNaming().getFontFamily();
    if (family == null || family.isBlank()) {
      family = file.getName().replaceFirst("\\.[^.]+$", "");
    }
    boolean chinese = ttf.getUnicodeCmapLookup(false) != null
        && ttf.getUnicodeCmapLookup(false).getGlyphId(CHINESE_PROBE) > 0;
    return new Font(file, family, chinese);
  }
}
