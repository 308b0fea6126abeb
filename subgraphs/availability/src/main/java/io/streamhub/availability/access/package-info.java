/**
 * What availability knows of videos: a projection of events:videos deciding who may see
 * (and watchlist) which video, and the Video entity as extended here.
 */
@NullMarked
package io.streamhub.availability.access;

import org.jspecify.annotations.NullMarked;
