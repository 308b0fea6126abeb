/**
 * Playlists: ordered lists of videos with their own visibility.
 */
@NullMarked
package io.streamhub.videos.playlist;

import org.jspecify.annotations.NullMarked;
