/**
 * The Video entity as discovery sees it (a reference) and Video.similar.
 */
@NullMarked
package io.streamhub.discovery.video;

import org.jspecify.annotations.NullMarked;
