/**
 * Query.search: full-text search with filters, sorts, highlights and search_after
 * cursors.
 */
@NullMarked
package io.streamhub.discovery.search;

import org.jspecify.annotations.NullMarked;
