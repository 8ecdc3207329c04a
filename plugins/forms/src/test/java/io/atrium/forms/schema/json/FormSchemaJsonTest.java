package io.atrium.forms.schema.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.forms.ElExpressions;
import io.atrium.forms.Schemas;
import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FieldType;
import io.atrium.forms.schema.FormSchema;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FormSchemaJsonTest {

  private final FormSchemaJson json = new FormSchemaJson(new ElExpressions());

  /** JSON written with ' for " to keep the tests readable. */
  private static String j(String text) {
    return text.replace('\'', '"');
  }

  /** A form whose first section (two columns) holds a title field and then the given fields. */
  private static String formWith(String... fields) {
    return j("{'key':'test','name':'Test','sections':[{'columns':2,'fields':[{'name':'title','type':'text',"
        + "'label':'Title'}" + (fields.length == 0 ? "" : "," + String.join(",", fields)) + "]}]}");
  }

  private List<SchemaProblem> problems(String schemaJson) {
    return json.parse(schemaJson).problems();
  }

  private SchemaProblem only(String schemaJson) {
    List<SchemaProblem> found = problems(schemaJson);
    assertThat(found).as("problems of %s", schemaJson).hasSize(1);
    return found.get(0);
  }

  @Test
  void writesAndReadsBackTheSameSchema() {
    FormSchema claim = Schemas.expenseClaim();
    String written = json.writeString(claim);
    assertThat(json.read(written)).isEqualTo(claim);
    JsonObject object = json.write(claim);
    JsonObject amount = object.getJsonArray("sections").getJsonObject(1).getJsonArray("fields").getJsonObject(0)
        .getJsonArray("fields").getJsonObject(3);
    assertThat(amount.getString("type")).isEqualTo("formula");
    assertThat(amount.getJsonObject("label").getString("en")).isEqualTo("Amount");
    // defaults are left out
    assertThat(amount.containsKey("required")).isFalse();
    assertThat(amount.containsKey("span")).isFalse();
    assertThat(amount.containsKey("options")).isFalse();
  }

  @Test
  void readsPlainTextsAsChineseAndWritesThemBackPlain() {
    FormSchema schema = json.read(formWith());
    assertThat(schema.name().byLanguage()).containsEntry("zh-CN", "Test");
    assertThat(json.write(schema).getString("name")).isEqualTo("Test");
  }

  @Test
  void readsEveryKindOfProperty() {
    FormSchema schema = json.read(formWith(
        "{'name':'amount','type':'money','label':{'zh-CN':'金额','en':'Amount'},'required':true,'unique':true,"
            + "'filterable':true,'span':2,'defaultValue':0,'min':0,'max':'99999.99','scale':2,'currency':'USD',"
            + "'placeholder':'0.00','help':'Without tax'}",
        "{'name':'tags','type':'checkbox','label':'Tags','options':[{'value':'a','label':'A'},{'value':'b','label':'B'}],"
            + "'defaultValue':['a']}",
        "{'name':'files','type':'attachment','label':'Files','maxFiles':3,'maxFileBytes':1048576,"
            + "'mediaTypes':['application/pdf','image/*']}",
        "{'name':'code','type':'text','label':'Code','minLength':2,'maxLength':10,'pattern':'[A-Z]+',"
            + "'patternMessage':'Capitals only'}"));
    FieldDefinition amount = schema.field("amount").orElseThrow();
    assertThat(amount.type()).isEqualTo(FieldType.MONEY);
    assertThat(amount.label().in(Locale.ENGLISH)).isEqualTo("Amount");
    assertThat(amount.max()).isEqualByComparingTo("99999.99");
    assertThat(amount.defaultValue()).isEqualTo("0");
    assertThat(amount.span()).isEqualTo(2);
    assertThat(amount.currency()).isEqualTo("USD");
    assertThat(schema.field("tags").orElseThrow().defaultValue()).isEqualTo("[\"a\"]");
    assertThat(schema.field("files").orElseThrow().mediaTypes()).containsExactlyInAnyOrder("application/pdf", "image/*");
    assertThat(schema.field("code").orElseThrow().patternMessage().in(Locale.ENGLISH)).isEqualTo("Capitals only");
    assertThat(json.read(json.writeString(schema))).isEqualTo(schema);
  }

  @Nested
  class Structure {

    @Test
    void unknownTypeListsTheValidOnes() {
      SchemaProblem problem = only(formWith("{'name':'n','type':'txet','label':'N'}"));
      assertThat(problem.path()).isEqualTo("$.sections[0].fields[1].type");
      assertThat(problem.message()).contains("txet", "Did you mean text?", "text, textarea, integer", "signature");
      SchemaProblem far = only(formWith("{'name':'n','type':'whatever','label':'N'}"));
      assertThat(far.message()).contains("whatever").contains("Use one of: text, textarea");
    }

    @Test
    void unknownPropertiesAreProblemsWhereverTheyAre() {
      List<SchemaProblem> found = problems(j("{'key':'test','name':'T','version':3,'sections':[{'colums':2,'fields':["
          + "{'name':'a','type':'select','lable':'A','options':[{'value':'x','label':'X','color':'red'}]}]}],"
          + "'rules':[{'when':'a == \\'x\\'','show':[],'hidden':['a']}],"
          + "'checks':[{'expression':'true','field':'a','message':'m','severity':1}]}"));
      assertThat(found).extracting(SchemaProblem::path).contains("$.version", "$.sections[0].colums",
          "$.sections[0].fields[0].lable", "$.sections[0].fields[0].options[0].color", "$.rules[0].hidden",
          "$.checks[0].severity");
      assertThat(found).filteredOn(p -> p.path().endsWith(".lable")).first()
          .satisfies(p -> assertThat(p.message()).contains("Did you mean label?"));
      assertThat(found).filteredOn(p -> p.path().equals("$.version")).first()
          .satisfies(p -> assertThat(p.message()).contains("key, name, description, sections, rules, checks"));
    }

    @Test
    void propertiesOfOtherTypesAreRefused() {
      SchemaProblem problem = only(formWith("{'name':'n','type':'text','label':'N','currency':'CNY'}"));
      assertThat(problem.path()).isEqualTo("$.sections[0].fields[1].currency");
      assertThat(problem.message()).contains("does not apply to a text field", "money");
      // null counts as absent, as a designer may send every property
      assertThat(problems(formWith("{'name':'n','type':'text','label':'N','currency':null}"))).isEmpty();
    }

    @Test
    void wrongJsonTypesNameWhatWasGiven() {
      List<SchemaProblem> found = problems(formWith(
          "{'name':'n','type':'integer','label':5,'required':'yes','min':'ten','maxLength':1.5}"));
      assertThat(found).extracting(p -> p.path() + " " + p.key()).contains(
          "$.sections[0].fields[1].label forms.schema.notText",
          "$.sections[0].fields[1].required forms.schema.notBoolean",
          "$.sections[0].fields[1].min forms.schema.notNumber");
      assertThat(problems(j("{'key':'test','name':'T','sections':{}}")))
          .extracting(SchemaProblem::path, SchemaProblem::key)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("$.sections", "forms.schema.notArray"));
      assertThat(only(formWith("\"just text\"")).path()).isEqualTo("$.sections[0].fields[1]");
      assertThat(only("[1, 2]").key()).isEqualTo("forms.schema.notObject.form");
    }

    @Test
    void missingPartsAreNamed() {
      List<SchemaProblem> found = problems(j("{'sections':[{'fields':[{'type':'text'},{'name':'b','label':' '}]}]}"));
      assertThat(found).extracting(SchemaProblem::path).containsExactly("$.key", "$.name",
          "$.sections[0].fields[0].name", "$.sections[0].fields[0].label", "$.sections[0].fields[1].type",
          "$.sections[0].fields[1].label");
      assertThat(found).allSatisfy(p -> assertThat(p.key()).isEqualTo("forms.schema.missing"));
    }

    @Test
    void textsByLanguageAreChecked() {
      List<SchemaProblem> found = problems(formWith("{'name':'n','type':'text','label':{'zh-CN':'','123':'x'}}",
          "{'name':'m','type':'text','label':{}}"));
      assertThat(found).extracting(SchemaProblem::path).containsExactly("$.sections[0].fields[1].label['zh-CN']",
          "$.sections[0].fields[1].label['123']", "$.sections[0].fields[2].label");
    }

    @Test
    void columnsAndSpanAreBounded() {
      assertThat(problems(j("{'key':'test','name':'T','sections':[{'columns':5,'fields':[{'name':'a','type':'text',"
          + "'label':'A','span':4}]}]}"))).extracting(SchemaProblem::path)
          .containsExactly("$.sections[0].columns", "$.sections[0].fields[0].span");
    }

    @Test
    void malformedJsonIsOneProblem() {
      SchemaProblem problem = only("{\"key\": ");
      assertThat(problem.path()).isEqualTo("$");
      assertThat(problem.message()).contains("not valid JSON", "line 1");
    }
  }

  @Nested
  class Meaning {

    @Test
    void badKeys() {
      SchemaProblem problem = only(j("{'key':'Expense_Claim','name':'T','sections':[{'fields':[{'name':'a',"
          + "'type':'text','label':'A'}]}]}"));
      assertThat(problem.path()).isEqualTo("$.key");
      assertThat(problem.message()).contains("Expense_Claim", "expense-claim");
    }

    @Test
    void badAndReservedFieldNames() {
      List<SchemaProblem> found = problems(formWith("{'name':'1st','type':'text','label':'A'}",
          "{'name':'a-b','type':'text','label':'A'}", "{'name':'" + "x".repeat(41) + "','type':'text','label':'A'}",
          "{'name':'status','type':'text','label':'A'}", "{'name':'Created_At','type':'text','label':'A'}",
          "{'name':'div','type':'text','label':'A'}"));
      assertThat(found).extracting(p -> p.path() + " " + p.key()).containsExactly(
          "$.sections[0].fields[1].name forms.schema.badName",
          "$.sections[0].fields[2].name forms.schema.badName",
          "$.sections[0].fields[3].name forms.schema.badName",
          "$.sections[0].fields[4].name forms.schema.reservedName",
          "$.sections[0].fields[5].name forms.schema.reservedName",
          "$.sections[0].fields[6].name forms.schema.reservedName");
    }

    @Test
    void duplicateFieldNamesIgnoringCase() {
      SchemaProblem problem = only(formWith("{'name':'Title','type':'textarea','label':'Again'}"));
      assertThat(problem.path()).isEqualTo("$.sections[0].fields[1].name");
      assertThat(problem.message()).contains("Title", "$.sections[0].fields[0]");
    }

    @Test
    void options() {
      List<SchemaProblem> found = problems(formWith(
          "{'name':'a','type':'select','label':'A'}",
          "{'name':'b','type':'radio','label':'B','options':[{'value':'x','label':'X'},{'value':'x','label':'Y'}]}",
          "{'name':'c','type':'checkbox','label':'C','options':[{'value':'x','label':'X'}],'dictionary':'colours'}",
          "{'name':'d','type':'multiselect','label':'D','options':[{'value':' x','label':'X'},{'value':'a,b','label':'Y'}]}",
          "{'name':'e','type':'select','label':'E','dictionary':'Bad Key'}"));
      assertThat(found).extracting(p -> p.path() + " " + p.key()).containsExactly(
          "$.sections[0].fields[1].options forms.schema.noOptions",
          "$.sections[0].fields[2].options[1].value forms.schema.duplicateOption",
          "$.sections[0].fields[3].dictionary forms.schema.optionsAndDictionary",
          "$.sections[0].fields[4].options[0].value forms.schema.badOptionValue",
          "$.sections[0].fields[4].options[1].value forms.schema.badOptionValue",
          "$.sections[0].fields[5].dictionary forms.schema.badDictionary");
    }

    @Test
    void serialPatterns() {
      assertThat(problems(formWith("{'name':'no','type':'serial','label':'No'}",
          "{'name':'a','type':'serial','label':'A','serialPattern':'BX-{yyyyMMdd}'}",
          "{'name':'b','type':'serial','label':'B','serialPattern':'{seq}-{seq:3}'}",
          "{'name':'c','type':'serial','label':'C','serialPattern':'{hh}-{seq}'}",
          "{'name':'d','type':'serial','label':'D','serialPattern':'BX-{yyyyMMdd-{seq}'}",
          "{'name':'e','type':'serial','label':'E','serialPattern':'BX-{seq:20}'}",
          "{'name':'f','type':'serial','label':'F','serialPattern':'BX-{yyyMM}-{seq}'}",
          "{'name':'g','type':'serial','label':'G','serialPattern':'BX-{yyyyMMdd}-{seq:4}'}")))
          .extracting(p -> p.path() + " " + p.key()).containsExactly(
              "$.sections[0].fields[1].serialPattern forms.schema.noSerialPattern",
              "$.sections[0].fields[2].serialPattern forms.serial.oneSequence",
              "$.sections[0].fields[3].serialPattern forms.serial.oneSequence",
              "$.sections[0].fields[4].serialPattern forms.serial.badPart",
              "$.sections[0].fields[5].serialPattern forms.serial.unbalanced",
              "$.sections[0].fields[6].serialPattern forms.serial.badDigits",
              "$.sections[0].fields[7].serialPattern forms.serial.badDate");
    }

    @Test
    void formulas() {
      List<SchemaProblem> found = problems(formWith(
          "{'name':'price','type':'decimal','label':'P'}",
          "{'name':'none','type':'formula','label':'N'}",
          "{'name':'broken','type':'formula','label':'B','formula':'price *'}",
          "{'name':'typo','type':'formula','label':'T','formula':'prise * 2'}",
          "{'name':'self','type':'formula','label':'S','formula':'self + 1'}",
          "{'name':'a','type':'formula','label':'A','formula':'b + 1'}",
          "{'name':'b','type':'formula','label':'B','formula':'c + 1'}",
          "{'name':'c','type':'formula','label':'C','formula':'a + price'}"));
      assertThat(found).extracting(p -> p.path() + " " + p.key()).containsExactly(
          "$.sections[0].fields[2].formula forms.schema.noFormula",
          "$.sections[0].fields[3].formula forms.schema.badExpression",
          "$.sections[0].fields[4].formula forms.schema.unknownFieldSuggest.formula",
          "$.sections[0].fields[5].formula forms.schema.formulaReadsItself",
          "$.sections[0].fields[6].formula forms.schema.formulaCycle");
      assertThat(found.get(2).message()).contains("prise", "Did you mean price?");
      assertThat(found.get(4).message()).contains("a → b → c → a");
    }

    @Test
    void subTables() {
      List<SchemaProblem> found = problems(formWith(
          "{'name':'blank','type':'subtable','label':'E'}",
          "{'name':'items','type':'subtable','label':'I','fields':["
              + "{'name':'inner','type':'subtable','label':'X','fields':[{'name':'y','type':'text','label':'Y'}]},"
              + "{'name':'no','type':'serial','label':'No','serialPattern':'{seq}'},"
              + "{'name':'code','type':'text','label':'Code','unique':true},"
              + "{'name':'title','type':'text','label':'Clash'},"
              + "{'name':'price','type':'decimal','label':'P'},"
              + "{'name':'amount','type':'formula','label':'A','formula':'price * qty'}]}",
          "{'name':'total','type':'formula','label':'T','formula':'sum(items, \\'amout\\')'}"));
      assertThat(found).extracting(p -> p.path() + " " + p.key()).containsExactly(
          "$.sections[0].fields[1].fields forms.schema.noLineFields",
          "$.sections[0].fields[2].fields[0].type forms.schema.nestedSubtable",
          "$.sections[0].fields[2].fields[1].type forms.schema.serialInLine",
          "$.sections[0].fields[2].fields[2].unique forms.schema.uniqueInLine",
          "$.sections[0].fields[2].fields[3].name forms.schema.lineNameClash",
          "$.sections[0].fields[2].fields[5].formula forms.schema.unknownField.formula",
          "$.sections[0].fields[3].formula forms.schema.unknownFieldSuggest.sum");
    }

    @Test
    void lineFormulasReadTheirLineAndTheForm() {
      assertThat(problems(formWith("{'name':'rate','type':'decimal','label':'R'}",
          "{'name':'items','type':'subtable','label':'I','fields':[{'name':'price','type':'decimal','label':'P'},"
              + "{'name':'net','type':'formula','label':'N','formula':'price * (1 - rate)'}]}",
          "{'name':'total','type':'formula','label':'T','formula':'sum(items, \\'net\\')'}"))).isEmpty();
    }

    @Test
    void lookups() {
      assertThat(problems(formWith("{'name':'a','type':'lookup','label':'A'}",
          "{'name':'b','type':'lookup','label':'B','lookupForm':'Customers!','lookupDisplayField':'company name'}")))
          .extracting(p -> p.path() + " " + p.key()).containsExactly(
              "$.sections[0].fields[1].lookupForm forms.schema.noLookupForm",
              "$.sections[0].fields[1].lookupDisplayField forms.schema.noLookupDisplay",
              "$.sections[0].fields[2].lookupForm forms.schema.badKey",
              "$.sections[0].fields[2].lookupDisplayField forms.schema.badName");
    }

    @Test
    void limits() {
      assertThat(problems(formWith("{'name':'a','type':'integer','label':'A','min':10,'max':5}",
          "{'name':'b','type':'text','label':'B','maxLength':5000}",
          "{'name':'c','type':'text','label':'C','maxLength':0}",
          "{'name':'d','type':'textarea','label':'D','minLength':10,'maxLength':5}",
          "{'name':'e','type':'text','label':'E','pattern':'[a-z'}",
          "{'name':'f','type':'decimal','label':'F','scale':12}",
          "{'name':'g','type':'integer','label':'G','min':0.5}",
          "{'name':'h','type':'text','label':'H','patternMessage':'x'}",
          "{'name':'i','type':'text','label':'I','span':3}")))
          .extracting(p -> p.path() + " " + p.key()).containsExactly(
              "$.sections[0].fields[1].min forms.schema.minAboveMax",
              "$.sections[0].fields[2].maxLength forms.schema.maxLengthRange",
              "$.sections[0].fields[3].maxLength forms.schema.maxLengthRange",
              "$.sections[0].fields[4].minLength forms.schema.minAboveMax",
              "$.sections[0].fields[5].pattern forms.schema.badPattern",
              "$.sections[0].fields[6].scale forms.schema.scaleRange",
              "$.sections[0].fields[7].min forms.schema.notWholeLimit",
              "$.sections[0].fields[8].patternMessage forms.schema.messageWithoutPattern",
              "$.sections[0].fields[9].span forms.schema.spanTooWide");
    }

    @Test
    void choicesCurrenciesAndFiles() {
      assertThat(problems(formWith("{'name':'a','type':'money','label':'A','currency':'RMB'}",
          "{'name':'b','type':'phone','label':'B','phoneKind':'landline'}",
          "{'name':'c','type':'region','label':'C','regionLevel':'street'}",
          "{'name':'d','type':'attachment','label':'D','maxFiles':0,'maxFileBytes':104857601,'mediaTypes':['pdf']}",
          "{'name':'e','type':'image','label':'E','mediaTypes':['application/pdf']}")))
          .extracting(p -> p.path() + " " + p.key()).containsExactly(
              "$.sections[0].fields[1].currency forms.schema.badCurrency",
              "$.sections[0].fields[2].phoneKind forms.schema.badChoice",
              "$.sections[0].fields[3].regionLevel forms.schema.badChoice",
              "$.sections[0].fields[4].maxFiles forms.schema.range",
              "$.sections[0].fields[4].maxFileBytes forms.schema.range",
              "$.sections[0].fields[4].mediaTypes[0] forms.schema.badMediaType",
              "$.sections[0].fields[5].mediaTypes[0] forms.schema.notImageType");
    }

    @Test
    void defaultValues() {
      assertThat(problems(formWith("{'name':'a','type':'integer','label':'A','defaultValue':'many'}",
          "{'name':'b','type':'select','label':'B','options':[{'value':'x','label':'X'}],'defaultValue':'y'}",
          "{'name':'c','type':'date','label':'C','defaultValue':'2026-12-02'}")))
          .extracting(p -> p.path() + " " + p.key()).containsExactly(
              "$.sections[0].fields[1].defaultValue forms.schema.badDefault",
              "$.sections[0].fields[2].defaultValue forms.schema.defaultNotOption");
    }

    @Test
    void ids() {
      assertThat(problems(formWith("{'id':'f1','name':'a','type':'text','label':'A'}",
          "{'id':'f1','name':'b','type':'text','label':'B'}", "{'id':'x7','name':'c','type':'text','label':'C'}")))
          .extracting(p -> p.path() + " " + p.key()).containsExactly(
              "$.sections[0].fields[2].id forms.schema.duplicateId",
              "$.sections[0].fields[3].id forms.schema.badId");
    }

    @Test
    void rulesAndChecks() {
      String form = j("{'key':'test','name':'T','sections':[{'fields':["
          + "{'name':'amount','type':'decimal','label':'A'},{'name':'total','type':'formula','label':'T','formula':'amount'},"
          + "{'name':'startDate','type':'date','label':'S'},{'name':'endDate','type':'date','label':'E'}]}],"
          + "'rules':[{'when':'amount > 5000','require':['reason'],'show':['amount']},{'when':'amont >','hide':['amount']},"
          + "{'when':'amount > 1'},{'when':'amount > 1','require':['total']}],"
          + "'checks':[{'expression':'endDate >= startDat','field':'endDate','message':'m'},"
          + "{'expression':'true','field':'nowhere','message':'m'},{'expression':'endDate >=','field':'endDate','message':'m'}]}");
      assertThat(problems(form)).extracting(p -> p.path() + " " + p.key()).containsExactly(
          "$.rules[0].require[0] forms.schema.unknownField.rule",
          "$.rules[1].when forms.schema.badExpression",
          "$.rules[2] forms.schema.emptyRule",
          "$.rules[3].require[0] forms.schema.requireComputed",
          "$.checks[0].expression forms.schema.unknownFieldSuggest.check",
          "$.checks[1].field forms.schema.unknownField.check",
          "$.checks[2].expression forms.schema.badExpression");
    }

    @Test
    void namesOfUnreadableFieldsAreNotReportedAgain() {
      String form = j("{'key':'test','name':'T','sections':[{'fields':[{'name':'amount','type':'numbr','label':'A'},"
          + "{'name':'total','type':'formula','label':'T','formula':'amount * 2'}]}],"
          + "'rules':[{'when':'amount > 5','show':['amount']}]}");
      assertThat(problems(form)).extracting(SchemaProblem::path).containsExactly("$.sections[0].fields[0].type");
    }
  }

  @Test
  void reportsEveryProblemAtOnceInDocumentOrder() {
    String form = j("{'key':'Bad Key','name':'T','sections':[{'columns':1,'fields':["
        + "{'name':'a','type':'select','label':'A','span':2},{'name':'a','type':'txt','label':'B'},"
        + "{'name':'c','type':'formula','label':'C','formula':'nothing + 1'}]}],"
        + "'rules':[{'when':'a == 1','show':['zzz']}]}");
    List<SchemaProblem> found = problems(form);
    assertThat(found).extracting(SchemaProblem::path).containsExactly("$.key", "$.sections[0].fields[0].span",
        "$.sections[0].fields[0].options", "$.sections[0].fields[1].type", "$.sections[0].fields[2].formula",
        "$.rules[0].show[0]");
    assertThatThrownBy(() -> json.read(form)).isInstanceOfSatisfying(InvalidSchemaException.class, e -> {
      assertThat(e.problems()).hasSize(6);
      assertThat(e.pointer()).isEqualTo("$.key");
      assertThat(e.getMessage()).startsWith("The form schema has 6 problems: $.key: Bad Key is not a valid key");
      JsonArray out = e.toJson(Locale.SIMPLIFIED_CHINESE);
      assertThat(out.getJsonObject(0).getString("path")).isEqualTo("$.key");
      assertThat(out.getJsonObject(0).getString("message")).contains("不是有效的标识");
      assertThat(out.getJsonObject(0).getString("key")).isEqualTo("forms.schema.badKey");
    });
  }

  @Test
  void everyProblemReadsInChineseToo() {
    String form = j("{'key':'x','name':'T','sections':[{'fields':[{'name':'a','type':'txt','label':'A','lable':'x'},"
        + "{'name':'b','type':'select','label':'B'}]}]}");
    for (SchemaProblem problem : problems(form)) {
      String chinese = problem.message(Locale.SIMPLIFIED_CHINESE);
      assertThat(chinese).isNotEqualTo(problem.message()).doesNotContain(problem.key());
      assertThat(chinese.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
          .isTrue();
    }
  }

  @Test
  void draftsWithProblemsOfMeaningCanStillBeRead() {
    SchemaReadResult draft = json.parse(formWith("{'name':'a','type':'select','label':'A'}"));
    assertThat(draft.valid()).isFalse();
    assertThat(draft.readable()).isPresent();
    SchemaReadResult broken = json.parse(formWith("{'name':'a','type':'select','label':'A','colour':'red'}"));
    assertThat(broken.readable()).isEmpty();
  }

  @Test
  void checksSchemasBuiltInJavaWithPositionalPaths() {
    FormSchema schema = Schemas.form(FieldDefinition.simple("ok", FieldType.TEXT, "OK", false),
        FieldDefinition.simple("id", FieldType.TEXT, "Id", false));
    assertThat(json.check(schema)).extracting(SchemaProblem::path).containsExactly("$.sections[0].fields[1].name");
    assertThat(json.check(Schemas.expenseClaim())).isEmpty();
  }
}
