package io.streamhub.videos.creator;

import java.util.UUID;

import io.streamhub.platform.paging.PageRequest;

/**
 * A DataLoader key: one page of one creator's videos.
 *
 * @param creatorId whose videos
 * @param page which page
 */
record CreatorPageKey(UUID creatorId, PageRequest page) {

}
