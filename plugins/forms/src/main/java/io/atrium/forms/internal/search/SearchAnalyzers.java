package io.atrium.forms.internal.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How record text becomes terms: Unicode words for Latin text and numbers, lower-cased, full-width
 * forms folded, and Chinese, Japanese and Korean runs as overlapping pairs of characters, like
 * Lucene's {@code CJKAnalyzer} but without stop words, which people type into names too. The index
 * also keeps single characters so that a search for one character finds it; a query uses pairs
 * only, which is what makes {@code 打印纸} not match {@code 纸打印}.
 */
public final class SearchAnalyzers {

  private static final Analyzer INDEX = new Chain(true);
  private static final Analyzer QUERY = new Chain(false);

  private SearchAnalyzers() {
  }

  /** The analyzer documents are indexed with. */
  public static Analyzer index() {
    return INDEX;
  }

  /** The analyzer search text is read with. */
  public static Analyzer query() {
    return QUERY;
  }

  /** The token chain, with or without single CJK characters next to the pairs. */
  private static final class Chain extends Analyzer {

    private final boolean unigrams;

    Chain(boolean unigrams) {
      this.unigrams = unigrams;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream stream = new CJKWidthFilter(source);
      stream = new LowerCaseFilter(stream);
      stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
          | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, unigrams);
      return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new LowerCaseFilter(new CJKWidthFilter(in));
    }
  }
}
