/**
 * What comments knows of videos: a projection of events:videos deciding who may see (and
 * comment on) which video, and the Video entity as extended here.
 */
@NullMarked
package io.streamhub.comments.access;

import org.jspecify.annotations.NullMarked;
