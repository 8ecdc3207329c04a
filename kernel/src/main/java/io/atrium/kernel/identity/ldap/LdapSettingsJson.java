package io.atrium.kernel.identity.ldap;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * LDAP settings as the JSON stored in the source's row. Whether it is enabled and its interval
 * live in the row's columns; missing keys read as the defaults, so settings stored by an older
 * version stay readable.
 */
final class LdapSettingsJson {

  private LdapSettingsJson() {
  }

  static String write(LdapSettings settings) {
    JsonArrayBuilder mapping = Json.createArrayBuilder();
    for (LdapSettings.GroupRole line : settings.groupRoles()) {
      JsonArrayBuilder roles = Json.createArrayBuilder();
      line.roles().forEach(roles::add);
      mapping.add(Json.createObjectBuilder().add("group", line.group()).add("roles", roles));
    }
    JsonObjectBuilder json = Json.createObjectBuilder()
        .add("url", settings.url())
        .add("startTls", settings.startTls())
        .add("bindDn", settings.bindDn())
        .add("baseDn", settings.baseDn())
        .add("userFilter", settings.userFilter())
        .add("usernameAttribute", settings.usernameAttribute())
        .add("externalIdAttribute", settings.externalIdAttribute())
        .add("displayNameAttribute", settings.displayNameAttribute())
        .add("emailAttribute", settings.emailAttribute())
        .add("mobileAttribute", settings.mobileAttribute())
        .add("titleAttribute", settings.titleAttribute())
        .add("managerAttribute", settings.managerAttribute())
        .add("departmentAttribute", settings.departmentAttribute())
        .add("memberOfAttribute", settings.memberOfAttribute())
        .add("groupBaseDn", settings.groupBaseDn())
        .add("groupFilter", settings.groupFilter())
        .add("groupMemberAttribute", settings.groupMemberAttribute())
        .add("pageSize", settings.pageSize())
        .add("connectTimeoutSeconds", settings.connectTimeoutSeconds())
        .add("readTimeoutSeconds", settings.readTimeoutSeconds())
        .add("groupRoles", mapping);
    return json.build().toString();
  }

  static LdapSettings read(String text, boolean enabled, int intervalMinutes) {
    LdapSettings d = LdapSettings.defaults();
    JsonObject json;
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      json = reader.readObject();
    }
    List<LdapSettings.GroupRole> mapping = new ArrayList<>();
    for (JsonValue value : json.getJsonArray("groupRoles") == null ? List.<JsonValue>of()
        : json.getJsonArray("groupRoles")) {
      JsonObject line = value.asJsonObject();
      mapping.add(new LdapSettings.GroupRole(line.getString("group"), line.getJsonArray("roles")
          .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()));
    }
    return new LdapSettings(enabled, intervalMinutes, json.getString("url", d.url()),
        json.getBoolean("startTls", d.startTls()), json.getString("bindDn", d.bindDn()),
        json.getString("baseDn", d.baseDn()), json.getString("userFilter", d.userFilter()),
        json.getString("usernameAttribute", d.usernameAttribute()),
        json.getString("externalIdAttribute", d.externalIdAttribute()),
        json.getString("displayNameAttribute", d.displayNameAttribute()),
        json.getString("emailAttribute", d.emailAttribute()), json.getString("mobileAttribute", d.mobileAttribute()),
        json.getString("titleAttribute", d.titleAttribute()), json.getString("managerAttribute", d.managerAttribute()),
        json.getString("departmentAttribute", d.departmentAttribute()),
        json.getString("memberOfAttribute", d.memberOfAttribute()), json.getString("groupBaseDn", d.groupBaseDn()),
        json.getString("groupFilter", d.groupFilter()), json.getString("groupMemberAttribute",
            d.groupMemberAttribute()), json.getInt("pageSize", d.pageSize()),
        json.getInt("connectTimeoutSeconds", d.connectTimeoutSeconds()),
        json.getInt("readTimeoutSeconds", d.readTimeoutSeconds()), mapping);
  }
}
