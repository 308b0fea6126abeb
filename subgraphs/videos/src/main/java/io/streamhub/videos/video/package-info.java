/**
 * The Video aggregate: metadata, visibility rules, lookups, listings, updates and
 * deletes.
 */
@NullMarked
package io.streamhub.videos.video;

import org.jspecify.annotations.NullMarked;
