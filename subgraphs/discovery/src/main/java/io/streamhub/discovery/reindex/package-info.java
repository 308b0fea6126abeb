/**
 * Mutation.reindexVideos: rebuild the index into a new one and swap the alias.
 */
@NullMarked
package io.streamhub.discovery.reindex;

import org.jspecify.annotations.NullMarked;
