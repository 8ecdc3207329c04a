/**
 * The Lucene index behind the records search (decision 52): documents of records, the analyzers
 * for Chinese and English text, the queries and the index on disk with its change-log cursor.
 * Lucene is embedded in the forms bundle and none of its types leave this package's classes.
 */
package io.atrium.forms.internal.search;
