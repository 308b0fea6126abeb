/**
 * The search index: document shape, mappings, the alias and index/delete/bulk operations
 * on Elasticsearch.
 */
@NullMarked
package io.streamhub.discovery.index;

import org.jspecify.annotations.NullMarked;
