package io.atrium.forms.templates;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.forms.ElExpressions;
import io.atrium.forms.schema.FormSchema;
import io.atrium.forms.schema.json.FieldIds;
import io.atrium.forms.schema.json.FormSchemaJson;
import io.atrium.forms.schema.json.SchemaReadResult;
import io.atrium.forms.validation.RecordValidator;
import io.atrium.forms.validation.ValidationContext;
import io.atrium.forms.validation.ValidationResult;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The app templates shipped for the product's scenarios are valid schemas whose sample records pass validation. */
class AppTemplatesTest {

  private static final ElExpressions EXPRESSIONS = new ElExpressions();

  @ParameterizedTest
  @ValueSource(strings = {"expense-claim", "campaign-proposal", "content-topic", "lead", "live-order"})
  void aTemplateIsAValidSchemaAndItsSamplesAreValidRecords(String template) throws Exception {
    JsonObject json = read(template);
    FormSchemaJson codec = new FormSchemaJson(EXPRESSIONS);

    SchemaReadResult read = codec.parse(json.get("schema"));
    assertThat(read.problems()).as(template).isEmpty();
    FormSchema schema = FieldIds.assign(null, read.schema());
    assertThat(schema.key()).isEqualTo(template);

    RecordValidator validator = RecordValidator.builder(EXPRESSIONS).zone(ZoneId.of("Asia/Shanghai")).build();
    for (JsonValue sample : json.getJsonArray("samples")) {
      JsonObject values = withUser(sample.asJsonObject());
      ValidationResult result = validator.checkJson(validator.compile(schema), values,
          ValidationContext.create(Locale.SIMPLIFIED_CHINESE));
      assertThat(result.problems()).as("%s sample %s", template, values).isEmpty();
    }
  }

  /** Samples name the installing user as {@code $me}; any user id does here. */
  private static JsonObject withUser(JsonObject sample) {
    var copy = Json.createObjectBuilder();
    sample.forEach((name, value) -> copy.add(name, value.equals(Json.createValue("$me")) ? Json.createValue(1L) : value));
    return copy.build();
  }

  private static JsonObject read(String template) throws Exception {
    try (InputStream in = AppTemplatesTest.class.getResourceAsStream("/io/atrium/forms/templates/" + template + ".json");
        JsonReader reader = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.readObject();
    }
  }
}
