package io.streamhub.availability.offer;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The last known offer of a platform for a video in a region (the GraphQL
 * {@code PlatformAvailability}).
 *
 * @param videoId the video
 * @param platformId the platform
 * @param region ISO 3166-1 alpha-2
 * @param available false once the platform stopped offering it
 * @param offerType how it is offered
 * @param url where to watch it
 * @param price its price, if any
 * @param lastVerifiedAt when the platform last confirmed it
 */
public record Offer(UUID videoId, UUID platformId, String region, boolean available, OfferType offerType,
		@Nullable String url, @Nullable Price price, Instant lastVerifiedAt) {

	/**
	 * Whether another offer has the same terms (type and price): a difference is a
	 * PRICE_CHANGED.
	 * @param other the other offer
	 * @return whether the terms are equal
	 */
	public boolean sameTerms(Offer other) {
		return this.offerType == other.offerType && Objects.equals(this.price, other.price);
	}

	/**
	 * This offer withdrawn.
	 * @param at when the withdrawal was seen
	 * @return the unavailable offer, with the same terms
	 */
	public Offer withdrawn(Instant at) {
		return new Offer(this.videoId, this.platformId, this.region, false, this.offerType, this.url, this.price, at);
	}

}
