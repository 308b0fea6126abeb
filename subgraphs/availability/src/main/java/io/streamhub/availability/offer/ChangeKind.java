package io.streamhub.availability.offer;

/**
 * What changed for a (video, platform, region).
 */
public enum ChangeKind {

	/** Offered now, and not before (never, or withdrawn). */
	ADDED,

	/** Offered before, not any more. */
	REMOVED,

	/** Still offered, on other terms (price or offer type). */
	PRICE_CHANGED

}
