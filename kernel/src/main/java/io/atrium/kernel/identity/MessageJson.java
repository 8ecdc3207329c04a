package io.atrium.kernel.identity;

import io.atrium.kernel.i18n.Message;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** Stores messages (key and arguments) as JSON, so a report can be shown later in any language. */
final class MessageJson {

  private MessageJson() {
  }

  /** A list of messages as a JSON array; arguments are kept as text. */
  static String write(List<Message> messages) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (Message message : messages) {
      array.add(object(message));
    }
    return array.build().toString();
  }

  /** One message as a JSON object. */
  static String write(Message message) {
    return object(message).toString();
  }

  private static JsonObject object(Message message) {
    JsonArrayBuilder args = Json.createArrayBuilder();
    message.args().forEach(arg -> args.add(String.valueOf(arg)));
    return Json.createObjectBuilder().add("key", message.key()).add("args", args).build();
  }

  /** Reads what {@link #write(List)} wrote; null reads as no messages. */
  static List<Message> readList(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      List<Message> messages = new ArrayList<>();
      for (JsonValue value : reader.readArray()) {
        messages.add(message(value.asJsonObject()));
      }
      return messages;
    }
  }

  /** Reads what {@link #write(Message)} wrote, or null. */
  static Message read(String json) {
    if (json == null || json.isBlank()) {
      return null;
    }
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return message(reader.readObject());
    }
  }

  private static Message message(JsonObject object) {
    JsonArray args = object.getJsonArray("args");
    return Message.of(object.getString("key"), args.getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString).toArray());
  }
}
