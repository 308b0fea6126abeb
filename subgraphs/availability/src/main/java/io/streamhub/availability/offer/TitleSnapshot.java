package io.streamhub.availability.offer;

import java.util.List;
import java.util.UUID;

/**
 * Everything a platform offers of a video (in the regions of the update's scope): regions
 * not listed are not offered.
 *
 * @param videoId the video
 * @param offers one offer per region (the first one wins when a region repeats)
 */
public record TitleSnapshot(UUID videoId, List<OfferInput> offers) {

	public TitleSnapshot {
		offers = List.copyOf(offers);
	}

}
