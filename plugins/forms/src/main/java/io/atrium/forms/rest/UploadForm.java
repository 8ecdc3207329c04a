package io.atrium.forms.rest;

import io.atrium.forms.imports.ImportMode;
import io.atrium.sdk.rest.BadRequestProblem;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The parts of an import upload sent as {@code multipart/form-data}: the file (part {@code file}),
 * and optionally the column mapping (part {@code mapping}, a JSON object) and the run's mode (part
 * {@code mode}). Everything but the file is checked here, before the file is stored.
 *
 * @param fileName the name the part gives the file
 * @param content the file's bytes, read while it is stored
 * @param mapping the mapping object, or null when none is given
 * @param mode the mode, or null when only a check is asked for (or nothing)
 */
record UploadForm(String fileName, InputStream content, JsonObject mapping, ImportMode mode) {

  private static final JsonProvider JSON = JsonProvider.provider();
  /** The most read of a text part: a mapping of 200 columns fits many times over. */
  private static final int MAX_TEXT_BYTES = 64 * 1024;

  /** Picks the parts by name; unknown parts are left alone. */
  static UploadForm of(List<EntityPart> parts) {
    EntityPart file = part(parts, "file").orElseThrow(() -> new BadRequestProblem("$.file",
        "Send the file in the form part \"file\" (multipart/form-data)"));
    String fileName = file.getFileName().map(String::strip).filter(name -> !name.isEmpty())
        .orElseThrow(() -> new BadRequestProblem("$.file", "Give the file's name in the part's Content-Disposition, "
            + "e.g. filename=\"records.xlsx\""));
    JsonObject mapping = part(parts, "mapping").map(UploadForm::text).filter(text -> !text.isBlank())
        .map(UploadForm::mapping).orElse(null);
    String modeText = part(parts, "mode").map(UploadForm::text).map(String::strip).orElse("");
    ImportMode mode = null;
    if (!modeText.isEmpty()) {
      mode = ImportMode.of(modeText).orElseThrow(() -> new BadRequestProblem("$.mode",
          "Give \"mode\": \"all-or-nothing\" or \"valid-rows\""));
      if (mapping == null) {
        throw new BadRequestProblem("$.mapping", "A mode needs a mapping: give the part \"mapping\" too");
      }
    }
    return new UploadForm(fileName, file.getContent(), mapping, mode);
  }

  private static Optional<EntityPart> part(List<EntityPart> parts, String name) {
    return parts == null ? Optional.empty() : parts.stream().filter(p -> name.equals(p.getName())).findFirst();
  }

  private static String text(EntityPart part) {
    try (InputStream in = part.getContent()) {
      byte[] bytes = in.readNBytes(MAX_TEXT_BYTES + 1);
      if (bytes.length > MAX_TEXT_BYTES) {
        throw new BadRequestProblem("$." + part.getName(), "The part is longer than " + MAX_TEXT_BYTES + " bytes");
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonObject mapping(String text) {
    try (JsonReader reader = JSON.createReader(new StringReader(text))) {
      return reader.readObject();
    } catch (JsonException | ClassCastException e) {
      throw new BadRequestProblem("$.mapping", "The part \"mapping\" is not a JSON object such as "
          + "{\"0\": \"title\", \"金额\": \"amount\"}: " + e.getMessage());
    }
  }
}
