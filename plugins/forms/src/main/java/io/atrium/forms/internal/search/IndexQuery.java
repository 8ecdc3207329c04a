package io.atrium.forms.internal.search;

import io.atrium.sdk.security.RowFilter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The query for search text in one form: every term of the text in at least one of the fields the
 * user may see (the last word also as the start of a longer one, since people are still typing),
 * only the form's documents, and only those the row scope reaches.
 */
public final class IndexQuery {

  /** Lucene refuses queries with more than 1,024 clauses; the last word's prefixes need room too. */
  private static final int MAX_CLAUSES = 600;

  private record Token(String text, boolean word) {
  }

  private IndexQuery() {
  }

  /**
   * The query, or null when the text has no terms (only punctuation) or the row scope reaches
   * nothing.
   *
   * @param fields the index fields to look in ({@link RecordDocuments#field}, {@link RecordDocuments#SERIAL})
   */
  public static Query of(String formKey, String text, Set<String> fields, RowFilter rows) {
    List<Token> tokens = tokens(text);
    if (tokens.isEmpty() || fields.isEmpty() || rows.none()) {
      return null;
    }
    int most = Math.max(1, MAX_CLAUSES / (2 * fields.size()));
    List<Token> used = tokens.size() > most ? tokens.subList(0, most) : tokens;
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (int i = 0; i < used.size(); i++) {
      Token token = used.get(i);
      boolean prefix = i == used.size() - 1 && token.word();
      BooleanQuery.Builder anyField = new BooleanQuery.Builder();
      for (String field : fields) {
        Term term = new Term(field, token.text());
        anyField.add(new TermQuery(term), Occur.SHOULD);
        if (prefix) {
          // a whole word scores above a word it only starts
          anyField.add(new BoostQuery(new PrefixQuery(term), 0.5f), Occur.SHOULD);
        }
      }
      query.add(anyField.build(), Occur.MUST);
    }
    query.add(new TermQuery(RecordDocuments.form(formKey)), Occur.FILTER);
    if (!rows.all()) {
      BooleanQuery.Builder scope = new BooleanQuery.Builder();
      if (!rows.ownerIds().isEmpty()) {
        scope.add(LongPoint.newSetQuery(RecordDocuments.OWNER, rows.ownerIds()), Occur.SHOULD);
      }
      if (!rows.departmentIds().isEmpty()) {
        scope.add(LongPoint.newSetQuery(RecordDocuments.DEPARTMENT, rows.departmentIds()), Occur.SHOULD);
      }
      query.add(scope.build(), Occur.FILTER);
    }
    return query.build();
  }

  /** The search text's terms, each marked whether it is a word or number (which may be typed on). */
  private static List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream stream = SearchAnalyzers.query().tokenStream(RecordDocuments.SERIAL, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      TypeAttribute type = stream.addAttribute(TypeAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        String kind = type.type();
        boolean word = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.ALPHANUM].equals(kind)
            || StandardTokenizer.TOKEN_TYPES[StandardTokenizer.NUM].equals(kind);
        tokens.add(new Token(term.toString(), word));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("Reading the search text failed", e);
    }
    return tokens;
  }

}
