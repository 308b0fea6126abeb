package io.streamhub.videos.playlist;

import java.util.UUID;

/**
 * A DataLoader key: one page of one playlist.
 *
 * @param playlistId the playlist
 * @param first page size
 * @param afterPosition continue after this position (-1 from the start)
 */
record PlaylistPageKey(UUID playlistId, int first, int afterPosition) {

}
